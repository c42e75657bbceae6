# Turns INPUT into a C++ source defining burnrate::builtinCatalogJson().
file(READ ${INPUT} hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
file(WRITE ${OUTPUT} "#include <string_view>\nnamespace burnrate {\nnamespace {\nconst char kData[] = {${bytes} 0};\n}\nstd::string_view builtinCatalogJson() { return {kData, sizeof(kData) - 1}; }\n}\n")
