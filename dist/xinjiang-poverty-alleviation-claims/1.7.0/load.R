# Reads every table of this version with its types (readr). Empty cells are NA; nothing else is.
# Use, from this folder: source("load.R"); then tables$claims, ... (elsewhere, set dataset_folder first).
library(readr)
here <- if (exists("dataset_folder")) dataset_folder else "."
types <- list(
  documents = "ccccccccDccccccciiiii",
  claims = "ccdccccccDDcccccccciic",
  observations = "ccccDDcdcccccdc",
  people = "ccciiciic",
  person_roles = "cccccciiic",
  places = "ccccciiiccccccc",
  organisations = "ccccciiic",
  mentions = "cccciic",
  quotes = "ccccciic",
  removals = "ciccc",
  rejects = "cccccccc"
)
tables <- lapply(names(types), function(name) {
  read_csv(file.path(here, paste0(name, ".csv")), col_types = types[[name]], na = "", trim_ws = FALSE,
           locale = locale(encoding = "UTF-8"), progress = FALSE)
})
names(tables) <- names(types)
