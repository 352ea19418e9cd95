/** A value was refused before anything was written. `field` names the form field it is about. */
export class InvalidInputError extends Error {
  readonly field: string | null;
  constructor(message: string, field: string | null = null) {
    super(message);
    this.name = 'InvalidInputError';
    this.field = field;
  }
}
