// Sentence templates for the four topics of the corpus. Each topic has leads (the event), body sentences
// (context), claims (accusations, warnings, denials) and utterances that speakers of each side may be quoted
// saying. Templates name people through the context so that first mentions carry the full name and role.
import { cap, type Template, type TopicKey } from './context.ts';

export interface TopicText {
  leads: Template[];
  body: Template[];
  claims: Template[];
  /** What an official of the accusing side says, without final punctuation. */
  westSays: Template[];
  /** What an Iranian or Russian official says. */
  denies: Template[];
  /** What an analyst says. */
  analystSays: Template[];
  /** One sentence that mentions the topic in passing, for articles about something else. */
  passing: Template[];
}

export const TOPICS: Record<Exclude<TopicKey, 'off'>, TopicText> = {
  drones: {
    leads: [
      (c) => `${c.who(c.ev.west)} warned ${c.when()} of ${c.scare('burgeoning')} military ties between Iran and Russia, saying the transfer of ${c.ev.system} drones was a particular concern.`,
      (c) => `Russia has received ${c.num(c.ev.count)} more ${c.ev.system} drones from Iran, according to intelligence assessments shared with allies ${c.when()}, in a sign the supply line to Moscow is widening.`,
      (c) => `Iranian instructors have trained Russian crews to operate ${c.ev.system} unmanned aerial vehicles at ${c.ev.site}, ${c.who(c.ev.west, false)} said ${c.when()}.`,
      (c) => `Ukraine said ${c.when()} it had shot down ${c.num(c.ev.count)} Iranian-designed ${c.ev.system} drones launched by Russian forces overnight, most of them over the Kyiv region.`,
      (c) => `A factory in Russia's Tatarstan region is assembling Iranian ${c.ev.system} drones under the name Geran, ${c.who(c.ev.analyst, false)} said in a report published ${c.when()}.`,
    ],
    body: [
      (c) => `The ${c.ev.system} is a {one-way attack drone|kamikaze drone|loitering munition} that {flies low and slow|cruises at low altitude|is slow and noisy} and {carries|is fitted with|delivers} a warhead of {about|roughly|some} {40|30|50} kilograms.`,
      () => `{Russian forces|Moscow's troops|The Russian military} have {used|deployed|turned} the {loitering munitions|one-way drones|kamikaze drones} against {power stations and water facilities|energy and water infrastructure|the power grid} {across|throughout|in much of} Ukraine.`,
      (c) => `{Satellite imagery|Commercial satellite pictures|Images from space} showed {rows of|dozens of|parked} drones at ${c.ev.site}, where {the United States says|US intelligence believes|Washington alleges} Russian officers were {given a showcase|shown the aircraft|offered a demonstration}.`,
      () => `{Kyiv says|Ukrainian officials say|According to Kyiv,} Moscow has {launched|sent|fired} {thousands of|several thousand|tens of thousands of} Iranian-designed drones since {the autumn of 2022|September 2022|late 2022}, {renaming them|calling them|under the name} Geran-2 in Russian service.`,
      () => `The drones are {cheap to build|inexpensive to make|easy to mass-produce}, and {each one|every one of them|a single drone} can cost the defender a {missile|interceptor} {many times|ten times|far more than} its price to {shoot down|destroy|bring down}.`,
      () => `{Iran unveiled|Tehran showed off|Iran presented} the Mohajer-10, a {long-range combat UAV|combat drone with a long range|new strike drone}, at {an exhibition|a defence fair|a military show} in Tehran in 2023.`,
      (c) => `{Western officials|European diplomats|Intelligence agencies} believe Iran has also {shared the know-how|passed on the technology|handed over the blueprints} to build the drones, which would {let Russia produce|allow Moscow to make|enable Russia to assemble} ${c.num(c.ev.count)} or more a month on its own.`,
      () => `{Ukrainian engineers|Investigators|Researchers in Kyiv} who {examined|took apart|studied} the wreckage found {Western-made microchips|American and European components|parts made in Western countries} inside {several of|many of|most of} the unmanned aircraft.`,
      () => `The Shahed {family of drones|series|line of drones} is {made|built|designed} by Shahed Aviation Industries, a {company|firm|manufacturer} {linked to|tied to|close to} the Islamic Revolutionary Guard Corps.`,
      (c) => `{Air raid sirens|Air-raid alerts|Sirens} {sounded|wailed|were heard} across ${c.rng.pick(['Odesa', 'Kharkiv', 'Dnipro', 'Zaporizhzhia'])} for {several|about ${c.rng.int(2, 6)}|more than ${c.rng.int(2, 6)}} hours during the {overnight attack|night|raid}.`,
      () => `{Sanctions imposed by the European Union|New EU sanctions|Measures adopted in Brussels} target the {companies|firms|suppliers} that {supply|provide|sell} {engines and electronics|engines, cameras and navigation parts|components} for the drones.`,
      () => `{Modified drones|Improved versions of the drones|Upgrades made in Russia} {used by Moscow|tested in Ukraine} could {feed back to|find their way back to|return to} Iran, which may {employ|use|deploy} them in its own {campaigns|operations} in the region.`,
    ],
    claims: [
      (c) => `{The United States and its allies|Western governments|Washington and its European partners} have accused Iran of {supplying|sending|selling} ${c.ev.system} drones to Russia for {use in the war in Ukraine|its war against Ukraine|attacks on Ukrainian cities}.`,
      () => `{Both Tehran and Moscow|Iran and Russia|The two governments} have {rejected|denied} the {allegation|accusation|charge}.`,
      () => `{Iran has denied|Tehran denies} arming Russia, {saying|insisting|arguing} {any drones it sold|the few drones it sold|drones it supplied} were delivered before {the invasion|the war began|February 2022}.`,
      (c) => `{Washington alleges|US officials say|The White House has said} that Iranian {technicians|instructors|military advisers} {travelled to|were sent to|worked in} Crimea to help {launch|operate|fly} the ${c.ev.system} drones.`,
    ],
    westSays: [
      (c) => `We are deeply concerned that Iran continues to send ${c.ev.system} drones to Russia, and we will hold both countries accountable`,
      () => `These drones are being used to kill civilians and destroy Ukraine's power grid as winter approaches`,
      () => `I think there is a risk that some of that technology gets shared back with Iran and gives them additional capabilities`,
      () => `The partnership between Moscow and Tehran is deepening, and it is a threat not just to Ukraine but to Iran's neighbours`,
    ],
    denies: [
      () => `Iran has not supplied any drones to be used in the war in Ukraine, and these accusations are baseless`,
      () => `Our defence cooperation with Russia predates the conflict in Ukraine and is directed against no third country`,
      () => `The Western claims about Iranian drones are part of a campaign of lies meant to justify sending more weapons to Kyiv`,
    ],
    analystSays: [
      () => `Russia needs cheap drones in large numbers, and Iran has shown it can build them quickly under sanctions`,
      () => `The drone deal has turned a transactional relationship into something much closer to an alliance`,
      () => `What Iran learns from the battlefield in Ukraine will show up in the Middle East within a few years`,
    ],
    passing: [
      () => `The talks also touched on drones, an issue on which both governments have said little in public.`,
      () => `Iran's drone programme was not on the official agenda, diplomats said.`,
    ],
  },
  's-400': {
    leads: [
      (c) => `Iran has asked Russia for the S-400 air defense system to protect its nuclear sites, ${c.who(c.ev.analyst, false)} said ${c.when()}, as tensions with Israel rise.`,
      (c) => `Russia is weighing the delivery of S-400 surface-to-air missile batteries to Iran, ${c.who(c.ev.west, false)} told reporters ${c.when()}.`,
      (c) => `Satellite images taken ${c.when()} appear to show an S-400 radar at ${c.ev.site}, which would be the first deployment of the Russian system on Iranian soil.`,
      () => `Moscow has again put off a decision on selling its most advanced air defense system to Tehran, officials in both capitals said.`,
    ],
    body: [
      () => `The S-400 Triumf can {track|detect|engage} {aircraft and missiles|jets, drones and missiles|targets} at {a range of up to|ranges of up to|distances of} 400 kilometres.`,
      () => `Iran has {operated|fielded|deployed} the {older|earlier} S-300 system since 2016, after {years of delays|a long dispute|a decade of wrangling} over sanctions.`,
      (c) => `Israel has long lobbied Moscow not to sell the system to Iran, and analysts say Russia weighed its ties with Israel and Saudi Arabia for years before ${c.rng.pick(['reconsidering', 'softening its position', 'agreeing to talks'])}.`,
      () => `An S-400 battery {around|near|protecting} {Isfahan or Natanz|the Fordow and Natanz sites|Iran's enrichment plants} would {complicate|raise the cost of|make much harder} any Israeli or US {air strike|attack|raid} on Iran's nuclear {programme|facilities|sites}.`,
      () => `Russia has {sold|exported|supplied} the system to {China, India and Turkey|Turkey, India and China|several countries including Turkey}, {drawing US sanctions on Ankara|which led Washington to sanction Ankara|prompting US penalties against Turkey}.`,
      (c) => `{Each battery|A typical battalion|A standard unit} {typically includes|usually has|is made up of} ${c.num(c.rng.pick([6, 8, 12]))} launchers, a command post and {a long-range radar|several radars|a 91N6 surveillance radar}.`,
      () => `Russia's own {stocks|stockpiles|reserves} of air defense {missiles|interceptors} have been {drained|depleted|run down} by the war in Ukraine, which may {limit|constrain|reduce} what it can {export|sell abroad|spare}.`,
      () => `Iran has {developed|built|fielded} its own long-range air defense system, the Bavar-373, which it {says|claims|insists} {rivals|matches|outperforms} the Russian design.`,
    ],
    claims: [
      () => `{Israeli officials|Israel's government|Officials in Jerusalem} have warned that an S-400 deal would {cross a red line|be unacceptable|change the regional balance}.`,
      () => `The Kremlin has {denied|rejected reports} that {any agreement|a contract|a deal} on the S-400 has been {signed|concluded|finalised}.`,
      () => `{Washington accuses|US officials accuse|The State Department accuses} Moscow of paying for Iranian drones with {advanced weapons|modern arms|high-end military technology}, a charge Russia {rejects|denies}.`,
    ],
    westSays: [
      () => `We are watching very closely any transfer of advanced air defense systems from Russia to Iran`,
      () => `Russia is providing an unprecedented level of military and technical support to Iran in exchange for its help`,
    ],
    denies: [
      () => `Military-technical cooperation with Iran is carried out in full accordance with international law`,
      () => `No contract for the S-400 has been discussed, and the reports in the Western press are speculation`,
    ],
    analystSays: [
      () => `If Russia decides to provide Iran with the S-400, it will be a direct challenge to Israel and Saudi Arabia`,
      () => `Moscow has used the S-400 as a bargaining chip for a decade, and it is not ready to give it up yet`,
    ],
    passing: [
      () => `Iran has also sought Russian air defense systems, including the S-400, in the past.`,
      () => `Officials did not say whether the S-400 had been discussed.`,
    ],
  },
  'su-35': {
    leads: [
      (c) => `Iran has taken delivery of its first Su-35 fighter jets from Russia, ${c.who(c.ev.iran, false)} said ${c.when()}.`,
      (c) => `Russia will deliver ${c.num(c.ev.count)} Sukhoi Su-35 fighter jets to Iran under a deal reached last year, ${c.who(c.ev.west, false)} said ${c.when()}.`,
      (c) => `Iranian pilots have completed training in Russia to fly the Su-35, ${c.who(c.ev.analyst, false)} said ${c.when()}, as Tehran seeks to replace an ageing fleet.`,
      () => `Photographs circulating on Iranian social media appear to show a Sukhoi fighter jet in Iranian air force markings at an air base near Hamadan.`,
    ],
    body: [
      () => `The Su-35 is a {twin-engine multirole fighter|two-engine multirole combat jet|heavy multirole fighter}, {an upgraded version|a modernised descendant|a deep upgrade} of the Su-27 {designed in the Soviet era|of the late Soviet period|first flown in the 1970s}.`,
      () => `Iran's air force still {flies|operates|relies on} {F-14 Tomcats and F-4 Phantoms|F-4 Phantoms, F-5s and F-14s|American-made jets} {bought from the United States|acquired from Washington|purchased from the US} before the 1979 revolution.`,
      () => `The {Su-35 jets|aircraft|fighters} were {reportedly|said to have been|apparently} built for Egypt, which {cancelled|dropped|abandoned} its order under {US pressure|the threat of US sanctions|American pressure}.`,
      (c) => `Iran also received Yak-130 jet trainers from Russia in ${c.year() - 1}, which analysts saw as a first step towards the fighters.`,
      () => `The jets would give Iran a {modern|fourth-generation|new} {aircraft|fighter} for the first time in {decades|more than thirty years|a generation}, though {in small numbers|only a handful|not many}.`,
      () => `A {squadron|few dozen|small fleet} of Sukhoi jets would not {change|alter|upset} the balance of air power {against|with} Israel, analysts say, but would {strengthen|improve|bolster} Iran's air defence.`,
      () => `Russia has lost {dozens of|scores of|many of} its own {fighter jets|combat aircraft|warplanes} in Ukraine, and {some analysts doubt|it is unclear whether|experts question whether} it can spare them.`,
    ],
    claims: [
      () => `{US officials have warned|Washington says|American officials believe} that Russia is {paying for|repaying|compensating Iran for} Iranian drones and missiles with fighter jets.`,
      () => `Russia has not {confirmed|acknowledged} the deal, and the Kremlin {declined to comment|did not respond to a request for comment|said it had nothing to add}.`,
    ],
    westSays: [
      (c) => `The delivery of Su-35 jets would significantly strengthen Iran's air force relative to its neighbours, which is of concern to us`,
      () => `Russia is offering Iran unprecedented defense cooperation, including on fighter jets, in exchange for weapons for its war`,
    ],
    denies: [
      () => `We buy what our armed forces need, from whomever we choose, and no foreign country has a say in it`,
      () => `The purchase of the aircraft is a sovereign matter between two independent states`,
    ],
    analystSays: [
      () => `The Su-35 will not turn the Iranian air force into a modern one overnight, but it is a symbolic shift`,
      () => `Without the right missiles, radars and training, a few fighter jets are more about prestige than combat power`,
    ],
    passing: [
      () => `The two sides have also discussed the sale of Su-35 fighter jets, which Iran has sought for years.`,
      () => `Reports that Iran had received Sukhoi jets could not be confirmed.`,
    ],
  },
  syria: {
    leads: [
      (c) => `Iran and Russia pledged ${c.when()} to keep backing the government in Damascus, as fighting flared again in northern Syria.`,
      (c) => `Russian warplanes struck rebel positions in Idlib province ${c.when()}, while Iranian-backed militias pushed towards ${c.rng.pick(['Aleppo', 'Hama', 'Deir ez-Zor'])}, a war monitor said.`,
      (c) => `${cap(c.who(c.ev.iran))} met President Bashar al-Assad in Damascus ${c.when()} to discuss military cooperation and reconstruction.`,
      (c) => `An Israeli air strike hit a warehouse near Damascus airport ${c.when()}, which Israel said was used to store Iranian weapons bound for Hezbollah.`,
    ],
    body: [
      () => `Tehran and Moscow have both {provided|given|offered} {economic, political and military support|money, weapons and diplomatic cover|military and financial backing} to Syrian President Bashar al-Assad, {helping|allowing|enabling} Damascus {regain|recapture|take back} most of the territory it lost in the {early years|first years|opening phase} of the war.`,
      () => `Syria's war {began|started|broke out} after the government {repressed|crushed|cracked down on} peaceful protests in 2011 and {escalated into|became|turned into} a conflict that {pulled in|drew in|involved} jihadists and foreign powers.`,
      () => `{Iran says|Tehran maintains|Iranian officials say} it has sent military advisers to Syria {at the government's request|at the invitation of Damascus|only to advise the army}.`,
      () => `Russia has {kept|maintained|operated} a naval base at Tartus and an air base at Hmeimim {on Syria's Mediterranean coast|near Latakia|on the coast}.`,
      () => `The conflict has {killed|left dead} more than {500,000|half a million} people and {displaced|uprooted|driven from their homes} {half of Syria's pre-war population|millions of Syrians|about 12 million people}.`,
      () => `{Lebanon's Hezbollah|The Lebanese group Hezbollah|Hezbollah}, which is {backed|armed|funded} by Tehran, has fought {alongside|together with|beside} Syrian government forces.`,
      () => `Israel has {carried out|conducted|launched} {hundreds of|scores of|many} {strikes|air raids|attacks} in Syria against what it {says|describes as|calls} {are Iranian targets|Iranian positions|Iran-linked sites}.`,
    ],
    claims: [
      () => `Israel accuses Iran of using Syria as {a corridor|a land route|a supply line} to {arm|supply|equip} Hezbollah.`,
      () => `Damascus {denied|rejected claims} that Iranian {forces|troops|personnel} were {stationed|based|present} at the base.`,
    ],
    westSays: [
      () => `Iran's presence in Syria is a threat to the whole region, and we will not allow it to entrench itself on our border`,
      () => `Russia and Iran have propped up a regime that has used chemical weapons against its own people`,
    ],
    denies: [
      () => `Our advisers are in Syria at the invitation of its legitimate government, to fight terrorism`,
      () => `The presence of Russian forces in Syria is legitimate and helps keep the country stable`,
    ],
    analystSays: [
      () => `Syria is where Russian and Iranian forces first learned to fight side by side`,
      () => `Moscow wants stability in Syria; Tehran wants a land bridge to Lebanon, and those goals do not always agree`,
    ],
    passing: [
      () => `Both countries have also backed the government in Syria.`,
      () => `The two also discussed the situation in Syria, officials said.`,
    ],
  },
};
