// The built site the site and browser tests read: dist/ (built by the global setup), or another build named
// by SITREP_DIST, e.g. the benchmark corpus's (with SITREP_GENERATED pointing at its MDX and SITREP_REUSE_DIST=1).
export const DIST = process.env.SITREP_DIST || 'dist';
