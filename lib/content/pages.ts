/** Shapes of messages/<locale>/pages.json: the store's long-form pages. */
export interface ContentSection {
  heading: string;
  paragraphs: string[];
}

export interface ContentPageText {
  title: string;
  description: string;
  intro: string;
  sections: ContentSection[];
}

export interface FaqText {
  title: string;
  description: string;
  intro: string;
  groups: { id: string; heading: string; items: { id: string; question: string; answer: string }[] }[];
}

export const contentPages = ["shipping", "returns", "contact", "privacy", "terms"] as const;
export type ContentPageKey = (typeof contentPages)[number];
