// People who speak in the synthetic articles: real office-holders (as in content/entities/people.yaml, copied
// here so that a corpus does not change when editors edit the gazetteer), chosen by who held the office on the
// event's date, and invented officials and analysts the gazetteer has never heard of.
import type { Rng } from './random.ts';

export type Side = 'us' | 'iran' | 'russia' | 'israel' | 'ukraine' | 'syria' | 'analyst';

export interface Person {
  full: string;
  last: string;
  /** Title used before the name: "Russian Defense Minister". */
  pre: string;
  /** Apposition after the name: "Russia's defence minister". */
  appos: string;
  /** Later mentions: "Shoigu", "Gen Milley", "Mr. Putin". */
  short: string;
  he: 'he' | 'she';
  side: Side;
}

interface Office {
  side: Side;
  full: string;
  pre: string;
  appos: string;
  short?: string;
  he?: 'she';
  /** ISO dates the office was held, inclusive start, exclusive end. */
  from?: string;
  to?: string;
}

const OFFICES: Office[] = [
  { side: 'us', full: 'Joe Biden', pre: 'US President', appos: 'the US president', from: '2021-01-20', to: '2025-01-20' },
  { side: 'us', full: 'Donald Trump', pre: 'US President', appos: 'the US president', to: '2021-01-20' },
  { side: 'us', full: 'Donald Trump', pre: 'US President', appos: 'the US president', from: '2025-01-20' },
  { side: 'us', full: 'Lloyd Austin', pre: 'Secretary of Defense', appos: 'the US defense secretary', from: '2021-01-22', to: '2025-01-20' },
  { side: 'us', full: 'Antony Blinken', pre: 'Secretary of State', appos: 'the US secretary of state', from: '2021-01-26', to: '2025-01-20' },
  { side: 'us', full: 'Jake Sullivan', pre: 'US National Security Adviser', appos: 'the White House national security adviser', from: '2021-01-20', to: '2025-01-20' },
  { side: 'us', full: 'John Kirby', pre: 'National Security Council spokesman', appos: 'a White House national security spokesman', from: '2022-05-20', to: '2025-01-20' },
  { side: 'us', full: 'William Burns', pre: 'CIA Director', appos: 'director of the Central Intelligence Agency', from: '2021-03-19', to: '2025-01-20' },
  { side: 'us', full: 'Mark Milley', pre: 'Gen', appos: 'chairman of the Joint Chiefs of Staff', short: 'Gen Milley', from: '2019-10-01', to: '2023-09-30' },
  { side: 'us', full: 'Alexus Grynkewich', pre: 'Lieutenant General', appos: 'commander of the US Ninth Air Force', short: 'Grynkewich', from: '2022-04-01', to: '2024-06-01' },
  { side: 'iran', full: 'Ali Khamenei', pre: 'Supreme Leader Ayatollah', appos: "Iran's supreme leader", short: 'Khamenei' },
  { side: 'iran', full: 'Hassan Rouhani', pre: 'Iranian President', appos: "Iran's president", to: '2021-08-03' },
  { side: 'iran', full: 'Ebrahim Raisi', pre: 'Iranian President', appos: "Iran's president", from: '2021-08-03', to: '2024-05-19' },
  { side: 'iran', full: 'Masoud Pezeshkian', pre: 'Iranian President', appos: "Iran's president", from: '2024-07-28' },
  { side: 'iran', full: 'Mohammad Javad Zarif', pre: 'Foreign Minister', appos: "Iran's foreign minister", short: 'Zarif', to: '2021-08-25' },
  { side: 'iran', full: 'Hossein Amir-Abdollahian', pre: 'Iranian Foreign Minister', appos: "Iran's foreign minister", from: '2021-08-25', to: '2024-05-19' },
  { side: 'iran', full: 'Abbas Araghchi', pre: 'Iranian Foreign Minister', appos: "Iran's foreign minister", from: '2024-08-21' },
  { side: 'iran', full: 'Mohammad Bagheri', pre: 'Major General', appos: 'chief of staff of the Iranian Armed Forces', short: 'Bagheri', from: '2016-06-28', to: '2025-06-13' },
  { side: 'iran', full: 'Nasser Kanaani', pre: 'Foreign ministry spokesman', appos: "the Iranian foreign ministry's spokesman", from: '2022-01-01', to: '2024-09-01' },
  { side: 'russia', full: 'Vladimir Putin', pre: 'Russian President', appos: "Russia's president", short: 'Putin' },
  { side: 'russia', full: 'Sergei Shoigu', pre: 'Russian Defense Minister', appos: "Russia's defence minister", to: '2024-05-12' },
  { side: 'russia', full: 'Andrei Belousov', pre: 'Russian Defense Minister', appos: "Russia's defence minister", from: '2024-05-12' },
  { side: 'russia', full: 'Sergei Lavrov', pre: 'Foreign Minister', appos: "Russia's foreign minister" },
  { side: 'russia', full: 'Dmitry Peskov', pre: 'Kremlin spokesman', appos: 'the Kremlin spokesman' },
  { side: 'russia', full: 'Maria Zakharova', pre: 'Foreign ministry spokeswoman', appos: "the Russian foreign ministry's spokeswoman", he: 'she' },
  { side: 'israel', full: 'Benjamin Netanyahu', pre: 'Prime Minister', appos: "Israel's prime minister", to: '2021-06-13' },
  { side: 'israel', full: 'Benjamin Netanyahu', pre: 'Prime Minister', appos: "Israel's prime minister", from: '2022-12-29' },
  { side: 'israel', full: 'Naftali Bennett', pre: 'Prime Minister', appos: "Israel's prime minister", from: '2021-06-13', to: '2022-07-01' },
  { side: 'ukraine', full: 'Volodymyr Zelensky', pre: 'Ukrainian President', appos: "Ukraine's president", from: '2019-05-20' },
  { side: 'ukraine', full: 'Dmytro Kuleba', pre: 'Foreign Minister', appos: "Ukraine's foreign minister", from: '2020-03-04', to: '2024-09-05' },
  { side: 'syria', full: 'Bashar al-Assad', pre: 'Syrian President', appos: "Syria's president", short: 'Assad', to: '2024-12-08' },
  { side: 'analyst', full: 'Ruslan Pukhov', pre: 'analyst', appos: 'head of the Centre for Analysis of Strategies and Technologies in Moscow' },
];

const NAMES: Record<Side, { first: string[]; firstF: string[]; last: string[] }> = {
  us: {
    first: ['James', 'Michael', 'David', 'Thomas', 'Daniel', 'Mark', 'Robert', 'Kevin', 'Brian', 'Patrick'],
    firstF: ['Sarah', 'Emily', 'Rachel', 'Laura', 'Hannah', 'Julia', 'Megan', 'Karen'],
    last: ['Harrington', 'Coleman', 'Whitaker', 'Brennan', 'Foster', 'Donnelly', 'Marsh', 'Reyes', 'Caldwell', 'Pruitt'],
  },
  iran: {
    first: ['Reza', 'Mohammad', 'Ali', 'Hossein', 'Mahmoud', 'Saeed', 'Amir', 'Hamid', 'Mehdi', 'Kaveh', 'Dariush'],
    firstF: ['Farzaneh', 'Maryam', 'Leila', 'Nasrin', 'Shirin'],
    last: ['Tavakoli', 'Rahimi', 'Karimi', 'Mousavi', 'Jafari', 'Hosseini', 'Sadeghi', 'Rostami', 'Farahani', 'Nikpour', 'Ghorbani', 'Kazemi'],
  },
  russia: {
    first: ['Dmitri', 'Alexei', 'Igor', 'Yuri', 'Nikolai', 'Pavel', 'Viktor', 'Mikhail', 'Konstantin'],
    firstF: ['Olga', 'Irina', 'Anastasia', 'Yelena'],
    last: ['Volkov', 'Petrov', 'Sokolov', 'Morozov', 'Lebedev', 'Kozlov', 'Orlov', 'Belov', 'Zaitsev', 'Gromov'],
  },
  israel: { first: ['Avi', 'Yossi', 'Eitan', 'Amos'], firstF: ['Noa', 'Tamar', 'Michal'], last: ['Ben-David', 'Katz', 'Levin', 'Shapira', 'Golan'] },
  ukraine: { first: ['Oleksandr', 'Andriy', 'Serhiy', 'Taras'], firstF: ['Yulia', 'Oksana', 'Iryna'], last: ['Kovalenko', 'Shevchenko', 'Bondarenko', 'Melnyk', 'Tkachenko'] },
  syria: { first: ['Khalil', 'Omar', 'Samir', 'Bassam'], firstF: ['Layla', 'Rania', 'Hala'], last: ['Haddad', 'Nasser', 'Khoury', 'Mansour', 'Saleh', 'Darwish'] },
  analyst: {
    first: ['Thomas', 'Nicole', 'Henrik', 'Alain', 'Jonas', 'Priya', 'Hamidreza', 'Anton', 'Fabian', 'Elena'],
    firstF: ['Claire', 'Ingrid', 'Sophie', 'Aylin', 'Mariam'],
    last: ['Lindqvist', 'Okafor', 'Moreau', 'Schneider', 'Costa', 'Novak', 'Fischer', 'Azizi', 'Vatanka', 'Brandt', 'Ekström', 'Dupré'],
  },
};

const INVENTED_ROLES: Record<Side, Array<{ pre: string; appos: string }>> = {
  us: [
    { pre: 'Pentagon spokesman', appos: 'a Pentagon spokesman' },
    { pre: 'Rear Admiral', appos: 'a spokesman for US Central Command' },
    { pre: 'Senator', appos: 'a member of the Senate Armed Services Committee' },
    { pre: 'State Department spokesperson', appos: 'a State Department spokesperson' },
  ],
  iran: [
    { pre: 'Brigadier General', appos: 'deputy commander of the IRGC Aerospace Force' },
    { pre: 'Rear Admiral', appos: 'commander of the Iranian navy' },
    { pre: 'Colonel', appos: 'a spokesman for the Iranian army' },
    { pre: 'lawmaker', appos: "a member of parliament's national security committee" },
  ],
  russia: [
    { pre: 'Major General', appos: 'a spokesman for the Russian Defence Ministry' },
    { pre: 'Deputy Foreign Minister', appos: "Russia's deputy foreign minister" },
    { pre: 'Colonel', appos: 'a retired officer of the Russian air force' },
    { pre: 'Duma deputy', appos: "a member of the Duma's defence committee" },
  ],
  israel: [
    { pre: 'Brigadier General', appos: 'a spokesman for the Israel Defense Forces' },
    { pre: 'Defence official', appos: 'a senior Israeli defence official' },
  ],
  ukraine: [
    { pre: 'Air force spokesman', appos: "a spokesman for Ukraine's air force" },
    { pre: 'Colonel', appos: "an officer of Ukraine's military intelligence" },
  ],
  syria: [
    { pre: 'Brigadier General', appos: 'a Syrian army officer' },
    { pre: 'opposition commander', appos: 'a commander of a rebel faction in Idlib' },
  ],
  analyst: [
    { pre: 'analyst', appos: 'a senior fellow at the Caspian Policy Institute' },
    { pre: 'researcher', appos: 'a researcher at the Nordic Centre for Security Studies' },
    { pre: 'analyst', appos: 'an analyst at the Levant Strategy Group in Beirut' },
    { pre: 'professor', appos: 'a professor of international relations at the University of Tehran' },
    { pre: 'defence analyst', appos: 'a defence analyst at the Institute for Air Power Studies' },
    { pre: 'expert', appos: 'an expert on Russian arms exports at the Eurasia Defence Forum' },
  ],
};

/** Office-holders of `side` on `iso` date; falls back to an invented person if none held office. */
export function officials(side: Side, iso: string): Person[] {
  return OFFICES.filter((o) => o.side === side && (!o.from || o.from <= iso) && (!o.to || iso < o.to)).map((o) => {
    const last = o.full.split(' ').at(-1) as string;
    return { full: o.full, last, pre: o.pre, appos: o.appos, short: o.short ?? last, he: o.he ?? 'he', side: o.side };
  });
}

/** A person the gazetteer does not know, with an invented role. */
export function inventPerson(rng: Rng, side: Side): Person {
  const names = NAMES[side];
  const female = rng.chance(0.3);
  const first = rng.pick(female ? names.firstF : names.first);
  let last = rng.pick(names.last);
  if (female && side === 'russia') last = `${last}a`;
  const role = rng.pick(INVENTED_ROLES[side]);
  return { full: `${first} ${last}`, last, pre: role.pre, appos: role.appos, short: last, he: female ? 'she' : 'he', side };
}

/** A real office-holder most of the time, an invented one otherwise. */
export function speaker(rng: Rng, side: Side, iso: string, inventedShare = 0.4): Person {
  const real = officials(side, iso);
  return real.length > 0 && !rng.chance(inventedShare) ? rng.pick(real) : inventPerson(rng, side);
}

export function reporter(rng: Rng): string {
  const side = rng.pick<Side>(['us', 'analyst', 'syria', 'iran', 'russia']);
  const names = NAMES[side];
  return `${rng.pick(rng.chance(0.4) ? names.firstF : names.first)} ${rng.pick(names.last)}`;
}
