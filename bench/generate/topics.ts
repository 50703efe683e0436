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
      (c) => `The ${c.ev.system} is a one-way attack drone that flies low and slow and carries a warhead of about 40 kilograms.`,
      () => `Russian forces have used the loitering munitions against power stations and water facilities across Ukraine.`,
      (c) => `Satellite imagery showed rows of drones at ${c.ev.site}, where the United States says Russian officers were given a showcase.`,
      () => `Kyiv says Moscow has launched thousands of Iranian-designed drones since the autumn of 2022, renaming them Geran-2 in Russian service.`,
      () => `The drones are cheap to build, and each one can cost the defender a missile many times its price to shoot down.`,
      () => `Iran unveiled the Mohajer-10, a long-range combat UAV, at an exhibition in Tehran in 2023.`,
      (c) => `Western officials believe Iran has also shared the know-how to build the drones, which would let Russia produce ${c.num(c.ev.count)} or more a month on its own.`,
      () => `Ukrainian engineers who examined the wreckage found Western-made microchips inside several of the unmanned aircraft.`,
      () => `The Shahed family of drones is made by Shahed Aviation Industries, a company linked to the Islamic Revolutionary Guard Corps.`,
      (c) => `Air raid sirens sounded across ${c.rng.pick(['Odesa', 'Kharkiv', 'Dnipro', 'Zaporizhzhia'])} for several hours during the overnight attack.`,
      () => `Sanctions imposed by the European Union target the companies that supply engines and electronics for the drones.`,
      () => `Modified drones used by Moscow could feed back to Iran, which may employ them in its own campaigns in the region.`,
    ],
    claims: [
      (c) => `The United States and its allies have accused Iran of supplying ${c.ev.system} drones to Russia for use in the war in Ukraine.`,
      () => `Both Tehran and Moscow have rejected the allegation.`,
      () => `Iran has denied arming Russia, saying any drones it sold were delivered before the invasion.`,
      (c) => `Washington alleges that Iranian technicians travelled to Crimea to help launch the ${c.ev.system} drones.`,
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
      () => `The S-400 Triumf can track aircraft and missiles at a range of up to 400 kilometres.`,
      () => `Iran has operated the older S-300 system since 2016, after years of delays over sanctions.`,
      (c) => `Israel has long lobbied Moscow not to sell the system to Iran, and analysts say Russia weighed its ties with Israel and Saudi Arabia for years before ${c.rng.pick(['reconsidering', 'softening its position', 'agreeing to talks'])}.`,
      () => `An S-400 battery around Isfahan or Natanz would complicate any Israeli or US air strike on Iran's nuclear programme.`,
      () => `Russia has sold the system to China, India and Turkey, drawing US sanctions on Ankara.`,
      (c) => `Each battery typically includes ${c.num(8)} launchers, a command post and a long-range radar.`,
      () => `Russia's own stocks of air defense missiles have been drained by the war in Ukraine, which may limit what it can export.`,
      () => `Iran has developed its own long-range air defense system, the Bavar-373, which it says rivals the Russian design.`,
    ],
    claims: [
      () => `Israeli officials have warned that an S-400 deal would cross a red line.`,
      () => `The Kremlin has denied that any agreement on the S-400 has been signed.`,
      () => `Washington accuses Moscow of paying for Iranian drones with advanced weapons, a charge Russia rejects.`,
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
      () => `The Su-35 is a twin-engine multirole fighter, an upgraded version of the Su-27 designed in the Soviet era.`,
      () => `Iran's air force still flies F-14 Tomcats and F-4 Phantoms bought from the United States before the 1979 revolution.`,
      () => `The Su-35 jets were reportedly built for Egypt, which cancelled its order under US pressure.`,
      (c) => `Iran also received Yak-130 jet trainers from Russia in ${c.year() - 1}, which analysts saw as a first step towards the fighters.`,
      () => `The jets would give Iran a modern aircraft for the first time in decades, though in small numbers.`,
      () => `A squadron of Sukhoi jets would not change the balance of air power against Israel, analysts say, but would strengthen Iran's air defence.`,
      () => `Russia has lost dozens of its own fighter jets in Ukraine, and some analysts doubt it can spare them.`,
    ],
    claims: [
      () => `US officials have warned that Russia is paying for Iranian drones and missiles with fighter jets.`,
      () => `Russia has not confirmed the deal, and the Kremlin declined to comment.`,
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
      () => `Tehran and Moscow have both provided economic, political and military support to Syrian President Bashar al-Assad, helping Damascus regain most of the territory it lost in the early years of the war.`,
      () => `Syria's war began after the government repressed peaceful protests in 2011 and escalated into a conflict that pulled in jihadists and foreign powers.`,
      () => `Iran says it has sent military advisers to Syria at the government's request.`,
      () => `Russia has kept a naval base at Tartus and an air base at Hmeimim on Syria's Mediterranean coast.`,
      () => `The conflict has killed more than 500,000 people and displaced half of Syria's pre-war population.`,
      () => `Lebanon's Hezbollah, which is backed by Tehran, has fought alongside Syrian government forces.`,
      () => `Israel has carried out hundreds of strikes in Syria against what it says are Iranian targets.`,
    ],
    claims: [
      () => `Israel accuses Iran of using Syria as a corridor to arm Hezbollah.`,
      () => `Damascus denied that Iranian forces were stationed at the base.`,
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
