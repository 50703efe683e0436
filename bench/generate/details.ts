// Sentences made mostly of the event's own particulars (people, numbers, places, months), so that each
// story carries wording no other story has, as real reports of different events do.
import { MONTHS, type Template } from './context.ts';

const REGIONS = ['Kharkiv', 'Odesa', 'Dnipro', 'Zaporizhzhia', 'Sumy', 'Mykolaiv', 'Kherson', 'Poltava', 'Chernihiv', 'Lviv', 'Vinnytsia', 'Khmelnytskyi'];
const VENUES = ['a security forum in Doha', 'a press briefing at the Pentagon', 'a conference in Munich', 'a meeting of the Caspian states in Baku', 'a session of parliament in Tehran', 'talks at the Kremlin', 'a news conference in Ankara', 'an interview with state television', 'the sidelines of the UN General Assembly', 'a visit to Beijing'];
const BODIES = ['the joint military commission', 'the intergovernmental committee on trade', 'a working group on air defence', 'the two defence ministries', 'the national security councils of both countries', 'a delegation of the Iranian armed forces', 'a team of Russian engineers'];
const ASSETS = ['power substations', 'a fuel depot', 'grain silos', 'a rail junction', 'a thermal power plant', 'port infrastructure', 'a residential block', 'a water pumping station'];

/** Particulars any story may carry: meetings, venues, money, shipping. */
export const DETAILS: Template[] = [
  (c) => `${c.who(c.ev.iran)} {raised the matter|spoke about the issue|returned to the subject} at ${c.rng.pick(VENUES)}, ${c.rng.int(2, 9)} days {after meeting|after talks with|after a call with} ${c.who(c.ev.russia, false)}.`,
  (c) => `The {next meeting|next session|following round of talks} of ${c.rng.pick(BODIES)} is {planned|scheduled|expected} for ${MONTHS[(Number(c.ev.iso.slice(5, 7)) + c.rng.int(0, 3)) % 12]}, {officials|diplomats|sources} in ${c.ev.city} said.`,
  (c) => `${c.who(c.ev.analyst)} {put the value of the arrangement at|estimated the deal at|said the contracts were worth} ${c.rng.int(2, 90) * 10} million dollars, {citing customs records from|based on shipping records from|pointing to cargo manifests from} ${c.rng.pick(['Astrakhan', 'Makhachkala', 'Bandar Anzali', 'Amirabad', 'Olya'])}.`,
  (c) => `A cargo ship, the ${c.rng.pick(['Port Olya', 'Begey', 'Sea Falcon', 'Musa', 'Caspian Star', 'Nadezhda'])}, {crossed the Caspian Sea|sailed between Iranian and Russian ports|made the Caspian crossing} ${c.rng.int(2, 6)} times between ${MONTHS[c.rng.int(0, 5)]} and ${MONTHS[c.rng.int(6, 11)]}, {ship-tracking data showed|according to tracking data|records show}.`,
  (c) => `${c.who(c.ev.west)} {is expected to|will|plans to} brief ${c.rng.pick(['allies at NATO headquarters', 'the Senate Armed Services Committee', 'Gulf partners in Riyadh', 'European ministers in Brussels'])} on {the findings|the intelligence|the assessment} in ${c.rng.pick(MONTHS)}.`,
  (c) => `The ${c.rng.pick(['first', 'second', 'third', 'latest'])} {shipment|consignment|delivery} left ${c.rng.pick(['Bandar Abbas', 'Bandar Anzali', 'Tehran’s Mehrabad airport', 'Isfahan'])} on ${c.weekday} ${c.rng.pick(['night', 'morning', 'afternoon'])}, ${c.rng.int(2, 5)} {sources familiar with the matter|people with knowledge of the shipment|officials briefed on it} said.`,
];

/** Particulars of military stories: strikes, launch counts, bases, deliveries. */
export const MILITARY_DETAILS: Template[] = [
  (c) => `{Local authorities|The regional governor|Emergency services} in ${c.rng.pick(REGIONS)} said ${c.rng.int(2, 40)} people were {wounded|injured|hurt} and ${c.rng.pick(ASSETS)} {damaged|hit|destroyed} in the {strikes|attack|overnight raid}.`,
  (c) => `${c.ev.count + c.rng.int(3, 60)} {launches were recorded|drones were launched|attacks were logged} in ${c.rng.pick(MONTHS)} ${c.year()}, {up from|compared with|against} ${c.rng.int(20, 200)} a year earlier, {according to figures compiled by|figures from|data gathered by} ${c.rng.pick(['Ukraine’s air force', 'a London-based monitoring group', 'the Institute for the Study of War', 'independent researchers'])}.`,
  (c) => `The ${c.ev.site.replace(/^(the|an?) /, '')} has been {expanded|enlarged|extended} since ${c.year() - c.rng.int(1, 4)}, with ${c.rng.int(2, 12)} new {hangars|buildings|shelters} {visible in images from|seen in pictures from|shown in imagery from} ${c.rng.pick(['Maxar Technologies', 'Planet Labs', 'Airbus Defence and Space'])}.`,
  (c) => `${c.who(c.ev.russia)} {declined to say|would not say|did not say} how many of the ${c.num(c.ev.count)} {units|items|systems} {mentioned in the report|listed in the contract|cited by the officials} had {reached their destination|been delivered|arrived}.`,
];
