/**
 * What an organisation writes in a deposit's payment details, so the officer recording it knows
 * whose it is: the register number first, then the words the register authority books it by.
 * Kept in Latvian in both languages: it is typed into a bank transfer, not read.
 */
export function depositReference(registrationNumber: string): string {
  return `${registrationNumber}, valsts nodeva, priekšapmaksa`;
}
