// Words for a couple's confidentiality agreement, kept with the rest of the privacy wording in
// lib/couples/privacy-words.ts. Pure: safe in client components.
export { CONFIDENTIALITY_DESCRIPTION, CONFIDENTIALITY_LABEL } from "@/lib/couples/privacy-words";
