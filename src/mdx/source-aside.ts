// Why a huge article took minutes: @astrojs/mdx always runs rehype-raw (passing MDX elements through), and
// hast-util-raw re-parses the children of every passed-through element (each <Entity>, <Quote>, <Claim>) as a
// fragment of its own; hast-util-from-parse5 then indexes the *whole* source with vfile-location for each
// fragment's root position. One index per element, each as long as the file: lines × elements, quadratic
// (0.7 MB: 8.6 of 22.7 s of CPU in vfile-location; 5 MB: more than 10 minutes). The generated articles hold
// no raw HTML (the guard refuses it), so the re-parse has nothing to read in the source: the source is set
// aside after the remark plugins and put back by the first rehype plugin, right after rehype-raw.
// Element positions are untouched (they come from the tree, not from the index); only the root's is restored.
import type { Root as MdastRoot } from 'mdast';
import type { Root as HastRoot } from 'hast';
import type { VFile } from 'vfile';

const aside = new WeakMap<VFile, { value: VFile['value']; position: MdastRoot['position'] }>();

/** Last remark plugin: keeps the source and leaves the file empty while rehype-raw runs. */
export function remarkSetSourceAside() {
  return (tree: MdastRoot, file: VFile): void => {
    aside.set(file, { value: file.value, position: tree.position });
    file.value = '';
  };
}

/** First rehype plugin: puts the source back, so errors and everything after rehype-raw see it. */
export function rehypeRestoreSource() {
  return (tree: HastRoot, file: VFile): void => {
    const kept = aside.get(file);
    if (!kept) return;
    aside.delete(file);
    file.value = kept.value;
    if (kept.position) tree.position = kept.position;
    else delete tree.position;
  };
}
