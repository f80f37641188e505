# Writes OUT: a C++ source defining discret::builtin_lexicons() from the word lists in LEXICONS
# (rules/lexicons/*.txt, one entry a line). Raw string literals keep the text byte-exact; the
# delimiter cannot occur in a word list.
set(body "// Generated from rules/lexicons/*.txt by scripts/embed_lexicons.cmake. Do not edit.\n#include \"core/lexicons.h\"\nnamespace discret {\nconst std::vector<BuiltinLexicon>& builtin_lexicons() {\n  static const std::vector<BuiltinLexicon> lexicons = {\n")
string(REPLACE "|" ";" LEXICONS "${LEXICONS}")
foreach(lexicon IN LISTS LEXICONS)
  file(READ "${lexicon}" content)
  get_filename_component(name "${lexicon}" NAME_WE)
  string(FIND "${content}" ")discret_lexicon\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${lexicon} contains the raw-string delimiter")
  endif()
  string(APPEND body "    {\"${name}\", R\"discret_lexicon(${content})discret_lexicon\"},\n")
endforeach()
string(APPEND body "  };\n  return lexicons;\n}\n}  // namespace discret\n")
file(WRITE "${OUT}" "${body}")
