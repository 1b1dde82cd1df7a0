/** A problem in the workbook, named by its cell: `'Fördelning 2024'!D14: "tjugo" is not a number`. */
export interface InputError {
  address: string;
  message: string;
}

export function formatInputError(e: InputError): string {
  return `${e.address}: ${e.message}`;
}
