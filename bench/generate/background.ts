// Text that is not about one topic: Iran–Russia background any article may carry, off-topic stories (so that
// some articles must get no topic), captions, and the page furniture around an article (teasers of other
// stories, programme lists, share prompts) that ingestion has to remove.
import type { OffSubject, Template } from './context.ts';

export const BACKGROUND: Template[] = [
  () => `Tehran and Moscow have {strengthened|expanded|deepened} their defense partnership in recent years and are {mulling|negotiating|discussing} a long-term cooperation agreement.`,
  () => `Both countries are under {heavy|sweeping|extensive} Western sanctions, which {has pushed them closer together|has drawn them together|has brought them closer} in {trade, energy and arms|trade and arms|energy, banking and defence}.`,
  (c) => `Iran and Russia signed a comprehensive strategic partnership treaty in January 2025, though it stops short of a mutual ${c.defence} clause.`,
  () => `Russia's invasion of Ukraine in February 2022 {turned|transformed|changed} what had been a {cautious|wary|transactional} relationship into a {close|tight|genuine} military partnership.`,
  () => `Iran {joined|became a member of} the Shanghai Cooperation Organisation in 2023 and the BRICS {group of emerging economies|bloc|grouping} in 2024.`,
  () => `The two countries have held joint naval {exercises|drills|manoeuvres} in the Gulf of Oman with China {for several years running|every year since 2019|regularly since 2019}.`,
  (c) => `Trade between Iran and Russia reached about ${c.rng.int(4, 5)} billion dollars last year, officials say, a modest figure for two large economies.`,
  () => `Tehran {stressed|insisted|has repeatedly said} that its cooperation with Moscow is not {directed|aimed} against any third country.`,
  () => `Western governments see the partnership as part of a {wider|broader|larger} {alignment|bloc|axis} that also includes China and North Korea.`,
  () => `The relationship has not always been {smooth|easy|warm}: Iranians {remember|recall|have not forgotten} Russia's delays in {finishing|completing|building} the Bushehr nuclear plant.`,
  (c) => `Officials from the two countries have met ${c.rng.pick(['several', 'a dozen', 'many'])} times this year, according to official media.`,
  () => `Russian President Vladimir Putin {gave|presented} North Korean leader Kim Jong Un {a gift of drones|with drones as a gift|several drones} when he visited {Moscow|Russia}.`,
];

export const OFF_TOPIC: Record<OffSubject, { leads: Template[]; body: Template[] }> = {
  energy: {
    leads: [
      (c) => `Gazprom and the National Iranian Gas Company signed a memorandum ${c.when()} on supplying Russian natural gas to Iran through Azerbaijan.`,
      (c) => `Iran and Russia agreed ${c.when()} to settle their energy trade in rials and roubles, bypassing the dollar.`,
    ],
    body: [
      () => `The agreement foresees deliveries of up to 55 billion cubic metres of gas a year once the pipeline is built.`,
      () => `Iran holds the world's second-largest gas reserves but still imports gas for its northern provinces in winter.`,
      () => `Oil prices rose slightly on the news, with Brent crude trading above 80 dollars a barrel.`,
      () => `Analysts said financing the pipeline would be difficult under sanctions.`,
      () => `The energy ministers also discussed a new nuclear power unit at Bushehr.`,
    ],
  },
  trade: {
    leads: [
      (c) => `A freight train carrying Russian wheat arrived in the Iranian port of Bandar Abbas ${c.when()}, the first shipment along the new North–South transport corridor.`,
      (c) => `Iran and the Eurasian Economic Union signed a free trade agreement ${c.when()} that will cut tariffs on most goods.`,
    ],
    body: [
      () => `The corridor links St Petersburg with Mumbai through Iran and is meant to cut shipping times to about three weeks.`,
      () => `Russia is the largest supplier of grain to Iran, which imports about a third of the wheat it consumes.`,
      () => `The missing Rasht–Astara railway link is due to be completed with a Russian loan.`,
      () => `Exporters in both countries complain that payments remain slow because of banking restrictions.`,
      () => `Iranian carpets, pistachios and saffron are among the goods expected to benefit from lower duties.`,
    ],
  },
  football: {
    leads: [
      (c) => `Iran's national football team beat Russia 2–1 in a friendly in Tehran ${c.when()}, with a late header from a substitute deciding the match.`,
      (c) => `Russian club Zenit St Petersburg signed an Iranian forward ${c.when()} on a three-year contract.`,
    ],
    body: [
      () => `The Azadi Stadium was nearly full for the first visit of a Russian national side in years.`,
      () => `Russia has been barred from international competitions by FIFA and UEFA since 2022 and has played friendlies against teams from Asia and Africa.`,
      () => `The coach praised the young side's discipline and said the result was a good preparation for the qualifiers.`,
      () => `Supporters lit flares outside the ground long after the final whistle.`,
      () => `The forward scored 14 goals in the Persian Gulf Pro League last season.`,
    ],
  },
  quake: {
    leads: [
      (c) => `A magnitude 5.9 earthquake struck Iran's Lorestan province ${c.when()}, damaging hundreds of homes and injuring dozens of people, state media reported.`,
      (c) => `Russia sent a team of rescuers and a field hospital to northwestern Iran ${c.when()} after an earthquake left thousands homeless.`,
    ],
    body: [
      () => `Iran sits on major geological fault lines and suffers frequent earthquakes.`,
      () => `Rescue teams used sniffer dogs to search for survivors under the rubble of collapsed buildings.`,
      () => `The Red Crescent said it had distributed tents, blankets and food to families in the villages worst hit.`,
      () => `Aftershocks continued through the night, and many residents slept outdoors.`,
      () => `A 2003 earthquake in the city of Bam killed more than 26,000 people.`,
    ],
  },
  film: {
    leads: [
      (c) => `An Iranian film about a family in wartime Tehran won the top prize at the Moscow International Film Festival ${c.when()}.`,
      (c) => `Iran and Russia agreed ${c.when()} to co-produce a television series about the poet Pushkin's travels in the Caucasus.`,
    ],
    body: [
      () => `The director thanked the jury in Persian and dedicated the award to the film's young actors.`,
      () => `Iranian cinema has a long record at international festivals, though many of its directors work under censorship.`,
      () => `The festival has struggled to attract Western films since 2022.`,
      () => `The series will be shot in both countries and broadcast next year.`,
      () => `Cultural ties between the two countries are older than the current political partnership.`,
    ],
  },
  space: {
    leads: [
      (c) => `A Russian Soyuz rocket launched an Iranian research satellite into orbit ${c.when()} from the Vostochny cosmodrome.`,
      (c) => `Iran's space agency said ${c.when()} it would send an astronaut to the International Space Station on a Russian mission.`,
    ],
    body: [
      () => `The satellite is designed to monitor crops, forests and water resources, the Iranian space agency said.`,
      () => `Iran has put several satellites into orbit with its own launchers, with mixed success.`,
      () => `Russia's space agency Roscosmos has sought new customers since Western launch contracts dried up.`,
      () => `The satellite weighs about 50 kilograms and will orbit at an altitude of 500 kilometres.`,
      () => `Engineers from the University of Tehran built the satellite's camera.`,
    ],
  },
};

/** Generic news sentences and remarks that fill out an off-topic story. */
export const OFF_GENERAL: Template[] = [
  () => `State television showed officials from both countries shaking hands at the ceremony.`,
  () => `The ministry said further details would be announced in the coming weeks.`,
  () => `Officials in Moscow described the visit as productive and said the two sides had agreed on a timetable.`,
  () => `The event drew little attention in the Western press but was covered at length by Iranian media.`,
  () => `Critics in Tehran said the country was becoming too dependent on Russia.`,
  (c) => `A delegation of ${c.rng.int(20, 120)} business people and officials travelled with the minister.`,
  () => `The next meeting of the joint economic commission is due to be held in Moscow.`,
  () => `Both sides said they hoped to build on the agreement in other fields.`,
];

export const OFF_REMARKS: Template[] = [
  () => `This agreement opens a new chapter in relations between our two nations`,
  () => `We expect our trade to double in the next few years, whatever the sanctions`,
  () => `Sanctions cannot stop cooperation between independent countries`,
  () => `Our peoples have a long history of friendship, and this is only the beginning`,
];

/** Headlines of other stories; layouts cut them short with "…" to make teaser lists. */
export const TEASERS = [
  'Iranian nationals have been arrested in Milan and Massachusetts over drone components',
  'A tragic bus accident occurred on Saturday in Lorestan province, killing seven soldiers',
  'More than 12,300 civilian deaths have been recorded in Ukraine since Russia launched its full-scale invasion',
  'Oil prices climb as Gulf tensions rise and OPEC+ holds output steady',
  'Israeli troops killed several Palestinians in a raid in the occupied West Bank, health officials said',
  'Azerbaijan and Armenia resume peace talks in Brussels after months of deadlock',
  'Turkey detains dozens of suspected Islamic State members in raids across the country',
  "Iran's currency falls to a record low against the dollar on the open market",
  'Iraq says it has paid its gas debts to Iran through a fund in Oman',
  'Houthi rebels claim a missile attack on a commercial ship in the Red Sea',
  'The European Union extends sanctions on Russian banks for another six months',
  'Saudi Arabia and Iran reopen embassies a year after their China-brokered deal',
];

export const PROGRAMMES = ['Media Review', 'News - Night', 'Eye on Iran', 'The Debate', 'Morning Briefing', 'World This Week', 'In Focus', 'Inside Story'];

export const SHARE_PROMPTS = ['Share this article', 'Share on Facebook', 'Tweet', 'Email', 'Print', 'Follow us on Telegram', 'Subscribe to our newsletter', 'Share your story', 'Send your Videos and Photos to us'];

export const CAPTIONS: Record<string, string[]> = {
  drones: ["Iran's Shahed drone, the most likely candidate for Russia to acquire", 'A drone flies over Kyiv during an attack in October 2022 (File photo)', 'Wreckage of a Geran-2 drone displayed by Ukrainian officials'],
  's-400': ['An S-400 missile launcher during a military parade in Moscow', 'Russian S-400 Triumf air defense systems at a training ground (Photo: Russian Defence Ministry)'],
  'su-35': ['A Russian Su-35 fighter jet performs at the MAKS air show', 'Iranian air force F-14 Tomcats on the tarmac at an air base in Isfahan'],
  syria: ['Syrian government forces in the countryside of Idlib', 'Smoke rises after an air strike on the outskirts of Damascus'],
  off: ['Officials attend the signing ceremony in Tehran', 'A view of Tehran with the Alborz mountains behind'],
};
