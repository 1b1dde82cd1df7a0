/** Why a workbook file cannot be read or saved safely (the disk, other programs' locks, odd files), and errors the command line meets outside any workbook. */
export const FILE_SAFETY_MESSAGES = {
  "file.diskFull": {
    sv: "det finns inte plats på disken för {file} (disken eller ditt lagringsutrymme är fullt); arbetsboken är orörd och inget skrevs: frigör utrymme och beräkna igen",
    en: "there is no room on the disk for {file} (the disk or your quota is full); the workbook is untouched and nothing was written: free some space and compute again",
  },
  "file.ioError": {
    sv: "disken gav ett fel ({code}) när {file} skulle skrivas; arbetsboken är orörd och inget skrevs",
    en: "the disk reported an error ({code}) while {file} was being written; the workbook is untouched and nothing was written",
  },
  "file.writeFailed": {
    sv: "{file} kunde inte skrivas ({code}); arbetsboken är orörd och inget skrevs",
    en: "{file} could not be written ({code}); the workbook is untouched and nothing was written",
  },
  "file.readFailed": { sv: "{file} kunde inte läsas ({code})", en: "{file} could not be read ({code})" },
  "file.notFound": { sv: "filen {file} finns inte", en: "there is no file {file}" },
  "file.noAccess": { sv: "du har inte behörighet att läsa {file}", en: "you are not allowed to read {file}" },
  "file.isDirectory": { sv: "{file} är en mapp, ingen arbetsbok", en: "{file} is a folder, not a workbook" },
  "file.notRegular": {
    sv: "{file} är ingen vanlig fil (utan en enhet, en pipe eller liknande); spara arbetsboken som en fil och försök igen",
    en: "{file} is not an ordinary file (but a device, a pipe or the like); save the workbook as a file and try again",
  },
  "file.writeCheck": {
    sv: "det som hamnade på disken för {file} är inte det Fördela skrev (kontrollen efter skrivningen); arbetsboken är orörd och inget sparades",
    en: "what reached the disk for {file} is not what Fördela wrote (the check after writing); the workbook is untouched and nothing was saved",
  },
  "file.inPlaceRestored": {
    sv: "{file} kunde inte skrivas klart ({code}); den har återställts som den var och inget sparades",
    en: "{file} could not be written through ({code}); it has been restored as it was and nothing was saved",
  },
  "file.inPlaceDamaged": {
    sv: "{file} kunde inte skrivas klart ({code}) och inte heller återställas: den nya arbetsboken finns kontrollerad i {copy}; ta en kopia av den innan du gör något annat",
    en: "{file} could not be written through ({code}) nor restored: the new workbook is in {copy}, checked; copy it before doing anything else",
  },
  "file.replacedAfterSave": {
    sv: "{file} skrevs över av ett annat program i samma ögonblick som Fördela sparade den; det som finns där nu är det programmets: beräkna igen på filen som den är nu",
    en: "{file} was saved over by another program the moment Fördela saved it; what is there now is that program's: compute again on the file as it is now",
  },
  "file.openInLibreOffice": {
    sv: "{file} är öppen i LibreOffice av {user} (låsfilen {lock}); inget skrevs: stäng den där och beräkna igen. Är den inte öppen någonstans, ta bort låsfilen",
    en: "{file} is open in LibreOffice by {user} (lock file {lock}); nothing was written: close it there and compute again. If it is open nowhere, remove the lock file",
  },
  "file.openInLibreOfficeNoName": {
    sv: "{file} är öppen i LibreOffice (låsfilen {lock}); inget skrevs: stäng den där och beräkna igen. Är den inte öppen någonstans, ta bort låsfilen",
    en: "{file} is open in LibreOffice (lock file {lock}); nothing was written: close it there and compute again. If it is open nowhere, remove the lock file",
  },
  "file.openInExcel": {
    sv: "{file} är öppen i Excel av {user} (ägarfilen {lock}); inget skrevs: stäng den där och beräkna igen. Är den inte öppen någonstans, ta bort ägarfilen",
    en: "{file} is open in Excel by {user} (owner file {lock}); nothing was written: close it there and compute again. If it is open nowhere, remove the owner file",
  },
  "file.openInExcelNoName": {
    sv: "{file} är öppen i Excel (ägarfilen {lock}); inget skrevs: stäng den där och beräkna igen. Är den inte öppen någonstans, ta bort ägarfilen",
    en: "{file} is open in Excel (owner file {lock}); nothing was written: close it there and compute again. If it is open nowhere, remove the owner file",
  },
  "file.lockedByRunOn": {
    sv: "{file} skrivs av en Fördela-körning på datorn {host} (process {pid}); inget skrevs: beräkna igen när den är klar. Körs ingen där, ta bort låsfilen {lock}",
    en: "{file} is being written by a Fördela run on the computer {host} (process {pid}); nothing was written: compute again when it is done. If none runs there, remove the lock file {lock}",
  },
  "file.partTooLarge": {
    sv: "{part} packas upp till mer än {limit}; en handläggares arbetsbok är långt mindre",
    en: "{part} unpacks to more than {limit}; an officers' workbook is far smaller",
  },
  "file.zipBombTotal": {
    sv: "arbetsbokens delar packas tillsammans upp till {ratio} gånger sin packade storlek: en zip-bomb, ingen arbetsbok",
    en: "the workbook's parts together unpack {ratio} times larger than they are packed: a zip bomb, not a workbook",
  },
  "file.partsOverlap": {
    sv: "{part} och {other} delar samma packade data: filen är byggd för att packas upp om och om igen (en zip-bomb), ingen arbetsbok",
    en: "{part} and {other} share the same packed data: the file is built to unpack over and over (a zip bomb), not a workbook",
  },
  "file.headerDisagrees": {
    sv: "{part} beskrivs olika i zip-katalogen och i sitt eget huvud: filen är skadad eller tillverkad",
    en: "{part} is described differently in the zip directory and in its own header: the file is damaged or forged",
  },
  "file.storedSizes": {
    sv: "{part} är lagrad opackad men anger två olika storlekar: filen är skadad",
    en: "{part} is stored unpacked but gives two different sizes: the file is damaged",
  },
  "rules.potsTooLarge": {
    sv: "blocken har tillsammans {value}\u00a0kr, mer än Fördela räknar med (högst {most}\u00a0kr)",
    en: "the blocks together have {value}\u00a0kr, more than Fördela computes with (at most {most}\u00a0kr)",
  },
  "json.tooDeep": { sv: "här är filen nästlad djupare än 64 nivåer, vilket ingen rundfil är", en: "here the file nests deeper than 64 levels, which no round file does" },
  "file.badCharacter": {
    sv: "arbetsboken är skadad: den hänvisar till ett tecken som inte finns ({detail})",
    en: "the workbook is damaged: it refers to a character that does not exist ({detail})",
  },
  "cli.internal": {
    sv: "ett internt fel i Fördela ({detail}); inget skrevs. Skicka gärna felet och arbetsboken till den som förvaltar Fördela",
    en: "an internal error in Fördela ({detail}); nothing was written. Please send the error and the workbook to whoever maintains Fördela",
  },
} as const;
