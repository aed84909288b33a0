// A response body that is JSON text already: the server's store reads list entries and question
// details as the text the API sends, and the backend passes that text on without parsing it and
// writing it again.
export class JsonText {
  constructor(readonly text: string) {}
}

/** The body of a response: JSON text as it is, anything else through JSON.stringify. */
export function bodyText(body: unknown): string {
  return body instanceof JsonText ? body.text : JSON.stringify(body);
}
