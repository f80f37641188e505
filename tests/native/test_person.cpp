// PERSON: the name lexicons, the person validators and the pii-person rules on realistic texts.
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "core/lexicons.h"
#include "core/person.h"
#include "core/scanner.h"
#include "core/validators.h"
#include "tests/native/support.h"

using namespace discret;
using namespace discret::test;

namespace {

// The PERSON findings of the default scanner, as (rule id, text), in order.
std::vector<std::pair<std::string, std::string>> persons(const std::string& text) {
  const Scanner& s = default_scanner();
  std::vector<std::pair<std::string, std::string>> out;
  for (const Finding& f : s.scan(text))
    if (s.rule(f.rule).entity == "PERSON") out.emplace_back(s.rule(f.rule).id, text.substr(f.start, f.end - f.start));
  return out;
}

std::vector<std::string> person_texts(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& p : persons(text)) out.push_back(p.second);
  return out;
}

std::string folded(std::string_view word) {
  char buf[kMaxFoldedWord];
  size_t n = fold_word(word, buf, sizeof buf);
  return std::string(buf, n);
}

}  // namespace

TEST_CASE("the name lexicons are embedded, sorted and searchable") {
  CHECK(first_names().size() > 5000);
  CHECK(last_names().size() > 4000);
  CHECK(common_words().size() > 100);
  CHECK(common_words().size() < first_names().size() / 10);
  // One name of each locale, stored lowercased.
  for (const char* name : {"john", "jean", "björn", "maría josé", "giulia"}) {
    INFO(name);
    CHECK(first_names().contains(name));
  }
  for (const char* name : {"smith", "dupont", "müller", "garcía", "rossi", "de luca", "le gall"}) {
    INFO(name);
    CHECK(last_names().contains(name));
  }
  // Lookups of text fold it first; keys must already be folded.
  CHECK(last_names().contains_word("MÜLLER"));
  CHECK(last_names().contains_word("García"));
  CHECK_FALSE(last_names().contains("García"));
  CHECK_FALSE(first_names().contains_word("Xyzzy"));
  CHECK_FALSE(first_names().contains_word(""));
  CHECK_FALSE(first_names().contains_word(std::string(kMaxFoldedWord + 1, 'a')));
  // The header comment is not an entry.
  CHECK_FALSE(first_names().contains("# source: @faker-js/faker"));
  // Common words that are also names; ordinary names are not among them.
  for (const char* word : {"will", "grace", "mark", "may", "max", "santiago", "claire", "gentile"}) {
    INFO(word);
    CHECK(common_words().contains(word));
  }
  for (const char* name : {"john", "marie", "anna", "giulia"}) {
    INFO(name);
    CHECK_FALSE(common_words().contains(name));
  }
}

TEST_CASE("a lexicon skips comments, trims CR and sorts what it is given") {
  static const char kText[] = "# comment\r\nzoé\r\nadam\n\nmüller\nadam\n";
  Lexicon lex(kText);
  CHECK(lex.size() == 3);
  CHECK(lex.contains("adam"));
  CHECK(lex.contains("zoé"));
  CHECK(lex.contains_word("Müller"));
  CHECK_FALSE(lex.contains("# comment"));
  CHECK_FALSE(lex.contains("zoé\r"));
}

TEST_CASE("fold_word lowercases Latin capitals and the typographic apostrophe") {
  CHECK(folded("Élodie") == "élodie");
  CHECK(folded("ÑÜÖÄ") == "ñüöä");
  CHECK(folded("D’Angelo") == "d'angelo");
  CHECK(folded("Łukasz ŚWIĄTEK") == "łukasz świątek");
  CHECK(folded("Ÿ") == "ÿ");
  CHECK(folded("ß×") == "ß×");  // no capital form, and the multiplication sign is no letter
  CHECK(folded("Жанна") == "Жанна");  // other scripts are copied
  char small[4];
  CHECK(fold_word("Müller", small, sizeof small) == 0);  // does not fit
}

TEST_CASE("person-name: a first name and a surname from the lexicons, no common first name") {
  for (const char* name : {"John Smith", "Anna Müller", "Jean-Pierre Dupont", "María José García López",
                           "Giulia De Luca", "Emma Smith-Jones", "Jean DUPONT", "Élodie Martin", "Chiara Esposito",
                           "Paula Weber", "Laura Bianchi"}) {
    INFO(name);
    CHECK(person_name_valid(name));
    CHECK(person_name_loose_valid(name));
  }
  // A common word as (part of) the first name: only the loose check accepts it.
  for (const char* name : {"Will Smith", "Mark Johnson", "Grace Thompson", "Claire Martin"}) {
    INFO(name);
    CHECK_FALSE(person_name_valid(name));
    CHECK(person_name_loose_valid(name));
  }
  // A common word as the surname is fine ("Jane Will" has a first name first).
  CHECK(person_name_valid("Jane Will"));
  for (const char* text : {"John", "john smith", "Smith John", "New York", "Rose Garden", "Google Chrome",
                           "Jane Roe", "John Xyzzy", "Anna Müller Paris Lyon Berlin Rom", "Mr Smith", "de Luca",
                           "John de", "Jean-Xyzzy Dupont"}) {
    INFO(text);
    CHECK_FALSE(person_name_valid(text));
  }
}

TEST_CASE("person-cue-name: one lexicon name after a cue, no organisation or generic word") {
  for (const char* name : {"Jane Roe", "Dupont", "Jane", "Linus Torvalds", "Xyzzy Schneider", "Mark Johnson",
                           "Jean-Luc Xyzzy"}) {
    INFO(name);
    CHECK(person_cue_name_valid(name));
  }
  for (const char* text : {"Will", "Google LLC", "The Linux Foundation", "Acme Corp", "Customer", "Support Team",
                           "Sindre Sorhus", "Jordan Foundation", "Dear John", "World",
                           "Paris"}) {
    INFO(text);
    CHECK_FALSE(person_cue_name_valid(text));
  }
}

TEST_CASE("the organisation filter knows legal forms and institutions") {
  for (const char* org : {"Google LLC", "Mozilla Foundation", "Acme GmbH", "Meta Platforms, Inc.",
                          "Université Paris Cité", "Fondazione Bruno Kessler", "The Kubernetes Authors"}) {
    INFO(org);
    CHECK(person::looks_like_organization(org));
  }
  for (const char* name : {"Jane Roe", "Inès Leclerc", "Ingrid Corp-Smith"}) {
    INFO(name);
    CHECK_FALSE(person::looks_like_organization(name));
  }
  CHECK(person::is_particle("van"));
  CHECK(person::is_particle("De"));
  CHECK_FALSE(person::is_particle("Luca"));
}

TEST_CASE("an e-mail: headers, greeting, title and signature; look-alikes are left alone") {
  std::string text =
      "From: Laura Bianchi <laura.bianchi@example.it>\n"
      "To: Marc Dubois <marc.dubois@example.fr>, Customer Support <support@example.com>\n"
      "Subject: Re: contract renewal\n"
      "\n"
      "Dear Marc Dubois,\n"
      "\n"
      "Grace Period ends on Friday and the New York office will confirm the quote.\n"
      "Please ask Mr. Thompson to sign it; Will is away until May.\n"
      "\n"
      "Best regards,\n"
      "Laura Bianchi\n";
  auto found = persons(text);
  CHECK(found == std::vector<std::pair<std::string, std::string>>{
                     {"person-label", "Laura Bianchi"},  // person-email-display finds it too
                     {"person-label", "Marc Dubois"},
                     {"person-salutation", "Marc Dubois"},
                     {"person-title", "Thompson"},
                     {"person-signature", "Laura Bianchi"},
                 });
}

TEST_CASE("a source file header: copyright holders that are people, @author; companies are not") {
  std::string text =
      "/*\n"
      " * Copyright (c) 2021 Sofia Ricci\n"
      " * Copyright 2019-2021 Google LLC\n"
      " * Copyright (c) 2010 The Linux Foundation\n"
      " * Copyright (C) 2007 Free Software Foundation, Inc.\n"
      " *\n"
      " * @author Thomas Schneider\n"
      " */\n"
      "#include <stdio.h>\n"
      "// Returns the Rose Garden layout; see the New York Times article.\n";
  CHECK(persons(text) == std::vector<std::pair<std::string, std::string>>{
                             {"person-copyright", "Sofia Ricci"},
                             {"person-role", "Thomas Schneider"},
                         });
}

TEST_CASE("a git log: authors, Signed-off-by and Co-authored-by trailers") {
  std::string text =
      "commit 3f2a9c1e0b7d4a5f8e6c2b1a0d9e8f7c6b5a4d3e\n"
      "Author: Sofia Ricci <sofia.ricci@example.it>\n"
      "Date:   Mon Mar 4 10:00:00 2024 +0100\n"
      "\n"
      "    Fix the Will Smith Street layout in the Rose Garden view\n"
      "\n"
      "    Signed-off-by: Sofia Ricci <sofia.ricci@example.it>\n"
      "    Co-authored-by: Lukas Becker <lukas@example.de>\n";
  CHECK(person_texts(text) == std::vector<std::string>{"Sofia Ricci", "Sofia Ricci", "Lukas Becker"});
}

TEST_CASE("letters in German, French, Spanish and Italian") {
  CHECK(person_texts("Sehr geehrte Frau Schneider,\n\nder Kunde Thomas Becker hat angerufen.\n\n"
                     "Mit freundlichen Grüßen\nAnna Müller\n") ==
        std::vector<std::string>{"Schneider", "Thomas Becker", "Anna Müller"});
  CHECK(person_texts("Bonjour Claire Martin,\nNom : DUPONT\nCordialement,\n\nCamille Lefebvre\n") ==
        std::vector<std::string>{"Claire Martin", "DUPONT", "Camille Lefebvre"});
  CHECK(person_texts("Estimado Juan Pérez:\nLe escribe la Sra. Romero.\nSaludos,\nLucía Romero") ==
        std::vector<std::string>{"Juan Pérez", "Romero", "Lucía Romero"});
  CHECK(person_texts("Gentile Chiara Esposito,\nil preventivo di Giulia De Luca è pronto.\n"
                     "Cordiali saluti,\nMario Rossi\n") ==
        std::vector<std::string>{"Chiara Esposito", "Giulia De Luca", "Mario Rossi"});
}

TEST_CASE("records: JSON, CSV and log lines") {
  CHECK(person_texts("{\"id\": 12, \"name\": \"Paula Weber\", \"email\": \"p.weber@example.de\"}") ==
        std::vector<std::string>{"Paula Weber"});
  CHECK(person_texts("id,name,email\n4711,Will Turner,will.turner@example.com\n") ==
        std::vector<std::string>{"Will Turner"});
  CHECK(person_texts("2025-01-02T09:27:42Z INFO new subscription customer=\"Mark Evans\" plan=pro\n") ==
        std::vector<std::string>{"Mark Evans"});
}

TEST_CASE("prose, code and logs without personal names give no PERSON finding") {
  std::string text =
      "Will the new release ship in May? Grace Period ends on Friday.\n"
      "We met in New York City. Mark Down the price. Merci Beaucoup pour votre aide.\n"
      "Copyright (c) 2021 Google LLC. The Linux Foundation hosts the project.\n"
      "Dear Customer,\nHello World!\nHi Will,\n"
      "name: Build and Test\nname: Ruby\nFrom: Support Team <support@example.com>\n"
      "Der Kunde wartet noch. Die Mark ist stabil. Santa Cruz de Tenerife.\n"
      "2025-03-25T21:53:16Z INFO [http] \"POST /api/v3/orders HTTP/1.1\" 201 ua=\"Mozilla/5.0 (Macintosh; Intel Mac OS X)\"\n"
      "SKU-964425;4012370917976;Unbranded Silk Shirt;544,37\n"
      "Best regards,\nThe Team\n";
  CHECK(persons(text).empty());
}

TEST_CASE("after a title or a greeting, full names the lexicons lack are names; roles and common words are not") {
  CHECK(person_title_name_valid("Rajesh Kapoor"));
  CHECK(person_title_name_valid("Okonkwo Adeyemi"));
  CHECK(person_title_name_valid("Ioana Popescu"));
  CHECK_FALSE(person_title_name_valid("Valued Customer"));
  CHECK_FALSE(person_title_name_valid("Hiring Manager"));
  CHECK_FALSE(person_title_name_valid("Jekyll Clinic"));     // an organisation word
  CHECK_FALSE(person_title_name_valid("Rajesh Golden"));     // a common word
  CHECK_FALSE(person_title_name_valid("Kapoor"));            // one unknown word is not enough
  CHECK_FALSE(person_title_name_valid("Le Maire"));          // a role
  CHECK(persons("Yours sincerely,\n\nDr Rajesh Kapoor\nGMC 7034918\n") ==
        std::vector<std::pair<std::string, std::string>>{{"person-title", "Rajesh Kapoor"}});
  CHECK(persons("Dear Valued Customer,\n").empty());
}

// Found by the scan fuzzer (every validator runs on raw input there): a run of words that fills
// piece_in()'s buffer to its last byte wrote one space past it, then folded the next word with a
// capacity that had wrapped around (a stack overflow under AddressSanitizer, which CI's fuzz pass
// runs this suite under). Every split of a long run must now simply not match.
TEST_CASE("person validators: runs of words as long as the fold buffer do not overflow it") {
  // Words 1 and 2 together fill the 2 * kMaxFoldedWord buffer to or near its last byte.
  for (size_t a = kMaxFoldedWord - 12; a <= kMaxFoldedWord; ++a) {
    for (size_t b = kMaxFoldedWord - 12; b <= kMaxFoldedWord; ++b) {
      std::string run = "Zyx Q" + std::string(a - 1, 'q') + " W" + std::string(b - 1, 'w');
      INFO(a << " " << b);
      // A known surname still ends a name after unknown words; without one, nothing matches.
      CHECK(person_cue_name_valid(run + " Martin"));
      CHECK_FALSE(person_cue_name_valid(run + " Qqqq"));
    }
  }
}
