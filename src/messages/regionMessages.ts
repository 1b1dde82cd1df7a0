/** Reading which region a row is: codes of other systems beside or instead of the name, and a table with two columns of region names. */
export const REGION_MESSAGES = {
  "region.writtenCodeMismatch": { sv: "{text}: koden {code} hör inte till {region}", en: "{text}: the code {code} is not {region}'s" },
  "region.notACode": {
    sv: "{value} är inte koden för något län, men kolumnen har regionernas koder ({cell} anger {region}): skriv rätt kod eller töm cellen",
    en: "{value} is not the code of any county, but the column holds the regions' codes ({cell} names {region}): write the right code or empty the cell",
  },
  "region.codeContradicts": {
    sv: "koden {code} hör till {other}, men {cell} på samma rad anger {region}: vilken region gäller raden?",
    en: "the code {code} is {other}'s, but {cell} in the same row names {region}: which region is the row?",
  },
  "region.columnChosen": {
    sv: "regionerna läses från kolumnen {chosen}, som {why}; inte från {others} ({hint})",
    en: "the regions are read from the column {chosen}, which {why}; not from {others} ({hint})",
  },
  "region.columnsDisagree": {
    sv: "{n} kolumner tar upp varje region en gång ({columns}) men anger olika regioner på samma rad: {cell} anger {region}, den här cellen {other}; {hint}",
    en: "{n} columns list each region once ({columns}) but name different regions in the same row: {cell} names {region}, this cell {other}; {hint}",
  },
  "region.columnsUndecided": {
    sv: "{n} kolumner ser ut att ange regionen ({columns}) och ingen av dem tar ensam upp varje region en gång: {hint}",
    en: "{n} columns look like the region's ({columns}) and no single one lists each region once: {hint}",
  },
  "why.listsEachOnce": { sv: "ensam tar upp varje region en gång", en: "alone lists each region once" },
  "why.onlyRegions": { sv: "är den enda med regionnamn", en: "is the only one with region names" },
  "why.sameRegions": { sv: "anger samma region som de andra på varje rad", en: "names the same region as the others in every row" },
  "why.plainHeader": { sv: "har rubriken för regionen och tar upp varje region en gång", en: "is headed as the region and lists each region once" },
};
