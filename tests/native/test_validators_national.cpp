// National identifier validators (core/validators_national.cpp). "Computed" values were derived
// from the published algorithm by a separate script, not by this code.
#include <catch2/catch.hpp>

#include "core/validators.h"

using namespace discret;

TEST_CASE("fr-siren: 9 digits, Luhn") {
  CHECK(fr_siren_valid("123456782"));    // computed
  CHECK(fr_siren_valid("987 654 324"));  // computed
  CHECK(fr_siren_valid("356000000"));    // La Poste, INSEE's SIRET exception
  CHECK(fr_siren_valid("603.215.476"));  // computed
  CHECK_FALSE(fr_siren_valid("123456783"));   // check digit
  CHECK_FALSE(fr_siren_valid("12345678"));    // 8 digits
  CHECK_FALSE(fr_siren_valid("1234567820"));  // 10 digits
  CHECK_FALSE(fr_siren_valid("000000000"));   // Luhn-valid, never issued
  CHECK_FALSE(fr_siren_valid("12345678A"));
}

TEST_CASE("fr-siret: 14 digits, Luhn, La Poste's digit-sum rule") {
  CHECK(fr_siret_valid("12345678200010"));         // computed
  CHECK(fr_siret_valid("987 654 324 00027"));      // computed
  CHECK(fr_siret_valid("51234870700013"));         // computed
  CHECK(fr_siret_valid("356 000 000 00048"));      // La Poste head office: Luhn-valid
  CHECK(fr_siret_valid("35600000049837"));         // La Poste establishment: not Luhn, digits sum to 45
  CHECK_FALSE(fr_siret_valid("12345678200011"));   // check digit (digits sum to 40: only La Poste may)
  CHECK_FALSE(fr_siret_valid("98765432000025"));   // Luhn over 14, but SIREN 987654320 is not valid
  CHECK_FALSE(fr_siret_valid("35600000000049"));   // La Poste: neither Luhn nor a multiple of 5
  CHECK_FALSE(fr_siret_valid("1234567820001"));    // 13 digits
  CHECK_FALSE(fr_siret_valid("00000000000000"));
}

TEST_CASE("us-ssn: area, group and serial ranges") {
  CHECK(us_ssn_valid("536-22-1847"));
  CHECK(us_ssn_valid("078-05-1120"));  // the Woolworth wallet card: well-formed (a test value in the rule)
  CHECK(us_ssn_valid("899 99 9999"));
  CHECK(us_ssn_valid("001010001"));
  CHECK_FALSE(us_ssn_valid("000-12-3456"));  // area 000
  CHECK_FALSE(us_ssn_valid("666-12-3456"));  // area 666
  CHECK_FALSE(us_ssn_valid("900-12-3456"));  // areas 900-999 are not SSNs (ITINs)
  CHECK_FALSE(us_ssn_valid("123-00-4567"));  // group 00
  CHECK_FALSE(us_ssn_valid("123-45-0000"));  // serial 0000
  CHECK_FALSE(us_ssn_valid("123-45-678"));   // 8 digits
}

TEST_CASE("us-itin: 9XX and the IRS group ranges") {
  CHECK(us_itin_valid("912-70-1234"));
  CHECK(us_itin_valid("912 50 1234"));
  CHECK(us_itin_valid("912-65-1234"));
  CHECK(us_itin_valid("912-88-1234"));
  CHECK(us_itin_valid("912-90-1234"));
  CHECK(us_itin_valid("999991234"));
  CHECK_FALSE(us_itin_valid("912-49-1234"));  // below 50
  CHECK_FALSE(us_itin_valid("912-66-1234"));  // 66-69 unused
  CHECK_FALSE(us_itin_valid("912-89-1234"));
  CHECK_FALSE(us_itin_valid("912-93-1234"));
  CHECK_FALSE(us_itin_valid("812-70-1234"));  // must start with 9
  CHECK_FALSE(us_itin_valid("912-70-123"));
}

TEST_CASE("gb-nino: prefix letters, 6 digits, suffix A-D") {
  CHECK(gb_nino_valid("AB 12 34 56 C"));
  CHECK(gb_nino_valid("JT123456D"));
  CHECK(gb_nino_valid("ce123456a"));
  CHECK(gb_nino_valid("OA123456B"));  // O may come first, not second
  CHECK(gb_nino_valid("PE 48 27 91"));  // suffix omitted
  CHECK_FALSE(gb_nino_valid("QQ 12 34 56 C"));  // HMRC's specimen prefix: Q is never used
  CHECK_FALSE(gb_nino_valid("DA123456A"));  // D never first
  CHECK_FALSE(gb_nino_valid("AO123456A"));  // O never second
  CHECK_FALSE(gb_nino_valid("AV123456A"));  // V never second
  CHECK_FALSE(gb_nino_valid("GB123456A"));  // unallocated pairs
  CHECK_FALSE(gb_nino_valid("NK123456B"));
  CHECK_FALSE(gb_nino_valid("TN123456A"));
  CHECK_FALSE(gb_nino_valid("ZZ123456A"));
  CHECK_FALSE(gb_nino_valid("AB123456E"));  // suffix
  CHECK_FALSE(gb_nino_valid("AB12345C"));   // 5 digits
  CHECK_FALSE(gb_nino_valid("A1123456C"));
}

TEST_CASE("gb-nhs: 10 digits, mod 11") {
  CHECK(gb_nhs_valid("943 476 5919"));  // the checksum example on Wikipedia's "NHS number"
  CHECK(gb_nhs_valid("4010232137"));    // computed
  CHECK(gb_nhs_valid("640-123-4563"));  // computed
  CHECK(gb_nhs_valid("999 000 0018"));  // computed, in the 999 test range
  CHECK_FALSE(gb_nhs_valid("943 476 5918"));  // check digit
  CHECK_FALSE(gb_nhs_valid("987 654 4321"));  // the NHS format example: its check digit would be 2
  CHECK_FALSE(gb_nhs_valid("4010232170"));    // 401023217: the check would be 10, never issued
  CHECK_FALSE(gb_nhs_valid("0000000000"));    // mod-11 valid, never issued
  CHECK_FALSE(gb_nhs_valid("943476591"));     // 9 digits
  CHECK_FALSE(gb_nhs_valid("94347659190"));   // 11 digits
}

TEST_CASE("es-dni: 8 digits and the mod-23 letter") {
  CHECK(es_dni_valid("12345678Z"));
  CHECK(es_dni_valid("99999999R"));  // the number on the DNI specimen
  CHECK(es_dni_valid("48291037-F"));
  CHECK(es_dni_valid("05390721g"));
  CHECK_FALSE(es_dni_valid("12345678A"));  // wrong letter
  CHECK_FALSE(es_dni_valid("1234567Z"));   // 7 digits
  CHECK_FALSE(es_dni_valid("123456789"));
  CHECK_FALSE(es_dni_valid("X1234567L"));  // an NIE
}

TEST_CASE("es-nie: X/Y/Z, 7 digits and the mod-23 letter") {
  CHECK(es_nie_valid("X1234567L"));
  CHECK(es_nie_valid("Y2345678Z"));
  CHECK(es_nie_valid("Z-9876543-A"));
  CHECK(es_nie_valid("x1234567l"));
  CHECK_FALSE(es_nie_valid("X1234567T"));  // wrong letter
  CHECK_FALSE(es_nie_valid("Y1234567L"));  // Y counts as 1: other letter
  CHECK_FALSE(es_nie_valid("W1234567L"));
  CHECK_FALSE(es_nie_valid("X123456L"));
}

TEST_CASE("it-codice-fiscale: date, omocodia and the control character") {
  CHECK(it_codice_fiscale_valid("RSSMRA85T10A562S"));  // the usual "Mario Rossi" example
  CHECK(it_codice_fiscale_valid("BNCLRA92E45F205F"));  // computed: a woman (day + 40)
  CHECK(it_codice_fiscale_valid("BNCLRA84B69F205G"));  // computed: 29 February 1984
  CHECK(it_codice_fiscale_valid("RSSMRA85T10A56NH"));  // computed: omocodia on the last digit
  CHECK(it_codice_fiscale_valid("RSSMRAURTMLARSNL"));  // computed: all seven digits replaced
  CHECK(it_codice_fiscale_valid("rssmra85t10a562s"));
  CHECK_FALSE(it_codice_fiscale_valid("RSSMRA85T10A562T"));  // control character
  CHECK_FALSE(it_codice_fiscale_valid("RSSMRA85F10A562R"));  // F is no month letter (control right)
  CHECK_FALSE(it_codice_fiscale_valid("RSSMRA85B30A562G"));  // 30 February (control right)
  CHECK_FALSE(it_codice_fiscale_valid("BNCLRA85B69F205H"));  // 29 February 1985 (control right)
  CHECK_FALSE(it_codice_fiscale_valid("RSSMRA85T32A562Y"));  // day 32 (control right)
  CHECK_FALSE(it_codice_fiscale_valid("RSSMRA85T1MA562J"));  // omocodia letter left of digits (control right)
  CHECK(it_codice_fiscale_valid("RSSMRA85T10A5SNT"));        // computed: the two rightmost digits replaced
  CHECK_FALSE(it_codice_fiscale_valid("RSSMRA85T10AR62N"));  // a letter left of digits, in the place code (control right)
  CHECK_FALSE(it_codice_fiscale_valid("RSSMRA85T10A562"));   // 15 characters
}

TEST_CASE("de-steuer-id: digit repetition and ISO 7064 MOD 11,10") {
  CHECK(de_steuer_id_valid("86095742719"));     // computed: 7 twice
  CHECK(de_steuer_id_valid("65 929 970 489"));  // computed: 9 three times, not three in a row
  CHECK(de_steuer_id_valid("26954371827"));     // computed
  CHECK(de_steuer_id_valid("12131456787"));     // computed: 1 three times apart
  CHECK_FALSE(de_steuer_id_valid("86095742718"));  // check digit
  CHECK_FALSE(de_steuer_id_valid("47158936023"));  // check right, but ten different digits
  CHECK_FALSE(de_steuer_id_valid("11234566772"));  // check right, two digits repeated
  CHECK_FALSE(de_steuer_id_valid("11123456786"));  // check right, three in a row
  CHECK_FALSE(de_steuer_id_valid("12121213450"));  // check right, a digit four times
  CHECK_FALSE(de_steuer_id_valid("06095742715"));  // check right, leading 0
  CHECK_FALSE(de_steuer_id_valid("8609574271"));   // 10 digits
}

TEST_CASE("nl-bsn: 11-proof") {
  CHECK(nl_bsn_valid("111222333"));    // common test BSN
  CHECK(nl_bsn_valid("123456782"));    // common test BSN
  CHECK(nl_bsn_valid("2738.49.165"));  // computed
  CHECK_FALSE(nl_bsn_valid("111222334"));
  CHECK_FALSE(nl_bsn_valid("123456789"));
  CHECK_FALSE(nl_bsn_valid("000000000"));  // 11-proof, never issued
  CHECK_FALSE(nl_bsn_valid("12345678"));
}

TEST_CASE("be-national-number: date, serial and mod 97 before and after 2000") {
  CHECK(be_national_number_valid("85.07.30-033.28"));  // computed
  CHECK(be_national_number_valid("92051215891"));      // computed
  CHECK(be_national_number_valid("01.02.03-045.26"));  // computed: born 2001, 2 prefixed for the key
  CHECK(be_national_number_valid("00022904501"));      // computed: 29 February 2000
  CHECK(be_national_number_valid("85.47.30-033.17"));  // computed: BIS number (month + 40)
  CHECK(be_national_number_valid("85.00.00-033.06"));  // computed: birth date unknown
  CHECK_FALSE(be_national_number_valid("85.07.30-033.29"));  // key
  CHECK_FALSE(be_national_number_valid("00022904569"));      // key of 1900, and 1900-02-29 is no date
  CHECK_FALSE(be_national_number_valid("85023003390"));      // key right, 30 February
  CHECK_FALSE(be_national_number_valid("85073000061"));      // key right, serial 000
  CHECK_FALSE(be_national_number_valid("85.13.30-033.28"));
  CHECK_FALSE(be_national_number_valid("8507300332"));
}

TEST_CASE("pl-pesel: checksum and a date with the century in the month") {
  CHECK(pl_pesel_valid("44051401359"));  // example on Wikipedia's PESEL article (14 May 1944)
  CHECK(pl_pesel_valid("02070803628"));  // example on Wikipedia's PESEL article
  CHECK(pl_pesel_valid("02231104621"));  // computed: 11 March 2002 (month + 20)
  CHECK(pl_pesel_valid("85921758311"));  // computed: 17 December 1885 (month + 80)
  CHECK(pl_pesel_valid("00222901352"));  // computed: 29 February 2000
  CHECK_FALSE(pl_pesel_valid("44051401358"));  // check digit
  CHECK_FALSE(pl_pesel_valid("44023001356"));  // check right, 30 February
  CHECK_FALSE(pl_pesel_valid("44131401350"));  // check right, month 13
  CHECK_FALSE(pl_pesel_valid("00022901356"));  // check right, 29 February 1900
  CHECK_FALSE(pl_pesel_valid("4405140135"));
}

TEST_CASE("pt-nif: issued first digits and mod 11") {
  CHECK(pt_nif_valid("123456789"));
  CHECK(pt_nif_valid("136695973"));    // sample in SAP's Portugal tax number notes
  CHECK(pt_nif_valid("502 757 191"));  // sample in SAP's Portugal tax number notes
  CHECK(pt_nif_valid("451239873"));    // computed: non-resident (45)
  CHECK(pt_nif_valid("991234561"));    // computed
  CHECK_FALSE(pt_nif_valid("123456780"));  // check digit
  CHECK_FALSE(pt_nif_valid("012345679"));  // check right, 0 not issued
  CHECK_FALSE(pt_nif_valid("812345673"));  // check right, 8 retired
  CHECK_FALSE(pt_nif_valid("731234561"));  // check right, 73 not issued
  CHECK_FALSE(pt_nif_valid("12345678"));
}

TEST_CASE("se-personnummer: date, coordination numbers, Luhn, 10 and 12 digits") {
  CHECK(se_personnummer_valid("811218-9876"));  // worked example on Wikipedia's personnummer article
  CHECK(se_personnummer_valid("8112189876"));
  CHECK(se_personnummer_valid("19811218-9876"));
  CHECK(se_personnummer_valid("198112189876"));
  CHECK(se_personnummer_valid("811218+9876"));  // '+' from the 100th birthday
  CHECK(se_personnummer_valid("811278-9873"));  // computed: samordningsnummer (day + 60)
  CHECK(se_personnummer_valid("000229-1235"));  // computed: 29 February (2000)
  CHECK_FALSE(se_personnummer_valid("811218-9875"));  // Luhn
  CHECK_FALSE(se_personnummer_valid("811318-9875"));  // Luhn right, month 13
  CHECK_FALSE(se_personnummer_valid("990229-1237"));  // Luhn right, 29 February 1999
  CHECK_FALSE(se_personnummer_valid("19811218+9876"));  // '+' with the century written
  CHECK_FALSE(se_personnummer_valid("21811218-9876"));  // century 21
  CHECK_FALSE(se_personnummer_valid("8112-189876"));    // separator misplaced
  CHECK_FALSE(se_personnummer_valid("811218/9876"));
}

TEST_CASE("ca-sin: Luhn, not 0 or 8 first") {
  CHECK(ca_sin_valid("130 692 544"));  // example in the social-insurance-number npm package's docs
  CHECK(ca_sin_valid("527-149-835"));  // computed
  CHECK(ca_sin_valid("723456109"));    // computed
  CHECK_FALSE(ca_sin_valid("130 692 545"));  // Luhn
  CHECK_FALSE(ca_sin_valid("046 454 286"));  // Luhn right (the usual sample), but 0: CRA tax numbers
  CHECK_FALSE(ca_sin_valid("817640899"));    // Luhn right, 8: business numbers
  CHECK_FALSE(ca_sin_valid("13069254"));
}

TEST_CASE("national validators are registered under their stable names") {
  const char* names[] = {"fr-siren", "fr-siret", "us-ssn", "us-itin", "gb-nino", "gb-nhs",
                         "es-dni", "es-nie", "it-codice-fiscale", "de-steuer-id", "nl-bsn",
                         "be-national-number", "pl-pesel", "pt-nif", "se-personnummer", "ca-sin"};
  for (const char* name : names) {
    INFO(name);
    CHECK(find_validator(name) != nullptr);
  }
  CHECK(find_validator("nl-bsn") == &nl_bsn_valid);
  CHECK(find_validator("it-codice-fiscale") == &it_codice_fiscale_valid);
  // luhn_valid now shares the Luhn core: it keeps its 12-19 digit range.
  CHECK_FALSE(luhn_valid("123456782"));
}
