/** The two countries the story covers, by ISO 3166 numeric code, as Natural Earth (world-atlas) ids them. */
export const countryIds = {
  tajikistan: "762",
  afghanistan: "004",
} as const;
