/** Grammatical gender, of a verb form or of a person (people.yaml's `gender`): masculine or feminine. */
export type Gender = 'm' | 'f';
