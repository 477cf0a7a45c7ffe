/**
 * Parts that the synthetic-client generator combines at random. The combinations are fictional;
 * no list holds anything about a real person. A few accented names exercise the search
 * normalisation ("jose" finds "José").
 */
export const GIVEN_NAMES = [
  'Ada', 'Aiden', 'Alba', 'Amara', 'Anders', 'Ann-Marie', 'Aoife', 'Arjun', 'Beatriz', 'Benedict',
  'Bram', 'Camille', 'Cato', 'Chiara', 'Dalia', 'Darius', 'Dov', 'Edith', 'Elif', 'Emeka',
  'Esme', 'Farah', 'Felix', 'Freya', 'Gideon', 'Greta', 'Hana', 'Hugo', 'Ines', 'Ivo',
  'Jonah', 'José', 'Juno', 'Kai', 'Keziah', 'Lars', 'Leila', 'Linnea', 'Malik', 'Margit',
  'Mateo', 'Mina', 'Nadia', 'Nils', 'Noor', 'Odile', 'Oren', 'Petra', 'Priya', 'Quentin',
  'Rafael', 'Rosalind', 'Rumi', 'Saoirse', 'Silas', 'Sunniva', 'Tariq', 'Thea', 'Tomasz', 'Uma',
  'Vera', 'Wren', 'Xavier', 'Yara', 'Yusuf', 'Zoë',
] as const;

export const FAMILY_NAMES = [
  'Abernathy', 'Alcott', 'Amsel', 'Bardsley', 'Bellweather', 'Brandt', 'Calloway', 'Castellan', 'Dunmore', 'Ellery',
  'Falk', 'Fenwick', 'Garrow', 'Haldane', 'Hollis', 'Ibarra', 'Jessop', 'Kestrel', 'Lindqvist', 'Lowell',
  'Marchetti', 'Merriweather', 'Nakamura', 'Novak', 'Okafor', 'Ormsby', 'Pellham', 'Quill', 'Ravensworth', 'Rosenthal',
  'Salazar', 'Sørensen', 'Thackeray', 'Tremaine', 'Underhill', 'Vasquez', 'Voss', 'Whitlow', 'Winslow', 'Yardley',
  'Zeller', 'Ó Briain', 'Dąbrowski', 'Müller-Hahn', 'Van der Berg', 'Achterberg', 'Blackwood', 'Corrigan', 'Delacroix', 'Esterházy',
] as const;

/** What a client likes to be called when it is not their given name. */
export const PREFERRED_NAMES = [
  'Addie', 'Bee', 'Cam', 'Dee', 'Eli', 'Frankie', 'Gigi', 'Izzy', 'Jay', 'Kit',
  'Lou', 'Max', 'Nico', 'Pip', 'Ren', 'Sam', 'Tess', 'Val', 'Wynn', 'Zee',
] as const;

export const PRONOUNS = ['she/her', 'he/him', 'they/them', 'she/they', 'he/they', 'ze/zir', 'any pronouns'] as const;

/** Practical context of the kind the "about" field is for: never clinical content. */
export const ABOUT_FRAGMENTS = [
  'Referred by their primary care clinician.',
  'Self-referred after a friend recommended the practice.',
  'Prefers morning appointments.',
  'Prefers late-afternoon appointments.',
  'Works night shifts; Tuesdays suit best.',
  'Travels about an hour each way; allow time to settle.',
  'Needs a ride home after dosing sessions; partner usually drives.',
  'Speaks Portuguese at home; English is fine for sessions.',
  'Likes a blanket and low light in the session room.',
  'Brings their own music playlist.',
  'Contact by email rather than phone.',
  'Second course of KAP with the practice.',
  'Has a service dog who waits in reception.',
  'Uses a wheelchair; book the ground-floor room.',
] as const;
