# Reads every table of a version folder with its load.R and checks it against the table's JSON:
# readr problems, row counts, column classes, and every value. Prints one JSON object.
args <- commandArgs(trailingOnly = TRUE)
dataset_folder <- args[1]
suppressPackageStartupMessages({ library(readr); library(jsonlite) })
source(file.path(dataset_folder, "load.R"))
package <- fromJSON(file.path(dataset_folder, "datapackage.json"), simplifyVector = FALSE)
report <- list()
for (resource in package$resources) {
  name <- resource$name
  frame <- tables[[name]]
  json <- fromJSON(file.path(dataset_folder, paste0(name, ".json")), simplifyVector = FALSE)
  mismatches <- character(0)
  classes <- list()
  for (field in resource$schema$fields) {
    column <- frame[[field$name]]
    classes[[field$name]] <- class(column)[1]
    for (i in seq_along(json)) {
      expected <- json[[i]][[field$name]]
      actual <- column[i]
      same <- if (is.null(expected)) is.na(actual) else if (field$type == "date") identical(format(actual, "%Y-%m-%d"), expected) else if (field$type %in% c("number", "integer")) isTRUE(all.equal(as.numeric(actual), as.numeric(expected))) else identical(enc2utf8(as.character(actual)), enc2utf8(expected))
      if (!isTRUE(same)) mismatches <- c(mismatches, paste0(field$name, " row ", i))
    }
  }
  report[[name]] <- list(rows = nrow(frame), json_rows = length(json), problems = nrow(problems(frame)), classes = classes, mismatches = head(mismatches, 5), mismatch_count = length(mismatches))
}
cat(toJSON(report, auto_unbox = TRUE))
