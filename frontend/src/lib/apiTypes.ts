// API shapes that several features read.

export interface CannedResponse {
  id: string;
  shortcut: string;
  title: string;
  body: string;
  shared: boolean;
  ownerId: string | null;
}

export interface Tag {
  name: string;
  color: string | null;
  conversations: number;
}
