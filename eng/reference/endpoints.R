# Reference values for the endpoint statistics of ResponseCriteria.Endpoints, computed with R's own packages:
# survival (Kaplan-Meier, quantiles with confidence intervals, log-rank), stats (Clopper-Pearson via binom.test, Wilson via
# prop.test), vcd and psych (Cohen's kappa, unweighted and linear-weighted, with their standard errors).
#
# Run from the repository root:   Rscript eng/reference/endpoints.R
# (Debian: apt-get install r-base-core r-cran-psych r-cran-vcd). It writes the inputs it makes and every output into
# tests/data/r-reference/; the tests read those files, so neither the tests nor CI need R.
suppressPackageStartupMessages({ library(survival); library(psych); library(vcd) })
out <- "tests/data/r-reference"
dir.create(out, showWarnings = FALSE, recursive = TRUE)
w <- function(df, name) write.csv(df, file.path(out, name), row.names = FALSE, na = "")
num <- function(x) ifelse(is.na(x), NA, trimws(formatC(x, digits = 15, format = "g")))

# ---- Inputs -------------------------------------------------------------------------------------------------------
# "exact": ten events on days 1..10 in each arm (the curve is flat at exactly 0.5 between days 5 and 6: median 5.5), with
# censorings in arm B; "random": 300 subjects in three arms, exponential event times, uniform censoring, whole days (ties);
# "pharmaverse": PFS and OS of the pharmaverse ADTTE (tests/data/pharmaverse-adam/adtte_onco.csv), by ARM.
exact <- data.frame(
  dataset = "exact",
  group = rep(c("A", "B"), each = 10),
  time = c(1:10, c(1, 2, 2, 3, 4, 5, 5, 7, 8, 12)),
  event = c(rep(1, 10), c(1, 0, 1, 1, 0, 1, 1, 0, 1, 0)))
set.seed(20261129)
n <- 300
group <- rep(c("A", "B", "C"), each = n / 3)
rate <- c(A = 1 / 300, B = 1 / 420, C = 1 / 360)[group]
t_event <- ceiling(rexp(n, rate))
t_censor <- ceiling(runif(n, 30, 900))
random <- data.frame(dataset = "random", group = group, time = pmin(t_event, t_censor), event = as.integer(t_event <= t_censor))
adtte <- read.csv("tests/data/pharmaverse-adam/adtte_onco.csv", stringsAsFactors = FALSE)
pv <- function(paramcd) {
  d <- adtte[adtte$PARAMCD == paramcd, ]
  data.frame(dataset = paste0("pharmaverse-", paramcd), group = d$ARM, time = d$AVAL, event = 1L - d$CNSR)
}
inputs <- rbind(exact, random, pv("PFS"), pv("OS"))
w(inputs, "survival_input.csv")

# ---- Kaplan-Meier: curves and quantiles per dataset, group and confidence transformation ------------------------------
curves <- list(); quants <- list()
for (ds in unique(inputs$dataset)) {
  d <- inputs[inputs$dataset == ds, ]
  for (g in c("ALL", sort(unique(d$group)))) {
    dg <- if (g == "ALL") d else d[d$group == g, ]
    for (ct in c("log-log", "log", "plain")) {
      f <- survfit(Surv(time, event) ~ 1, data = dg, conf.type = ct)
      curves[[length(curves) + 1]] <- data.frame(dataset = ds, group = g, conf_type = ct, time = f$time, n_risk = f$n.risk,
        n_event = f$n.event, n_censor = f$n.censor, surv = num(f$surv), std_err = num(f$std.err), lower = num(f$lower), upper = num(f$upper))
      q <- quantile(f, probs = c(0.25, 0.5, 0.75))
      quants[[length(quants) + 1]] <- data.frame(dataset = ds, group = g, conf_type = ct, prob = c(0.25, 0.5, 0.75),
        quantile = num(q$quantile), lower = num(q$lower), upper = num(q$upper))
    }
  }
}
w(do.call(rbind, curves), "km_curves.csv")
w(do.call(rbind, quants), "km_quantiles.csv")

# ---- Log-rank between the groups of each dataset (two or three groups) ----------------------------------------------
lr <- list()
for (ds in unique(inputs$dataset)) {
  d <- inputs[inputs$dataset == ds, ]
  s <- survdiff(Surv(time, event) ~ group, data = d)
  df <- sum(s$exp > 0) - 1
  lr[[length(lr) + 1]] <- data.frame(dataset = ds, groups = length(s$n), chisq = num(s$chisq), df = df,
    p = num(pchisq(s$chisq, df, lower.tail = FALSE)), observed = paste(s$obs, collapse = ";"), expected = paste(num(s$exp), collapse = ";"))
}
w(do.call(rbind, lr), "logrank.csv")

# ---- Proportions: Clopper-Pearson (binom.test) and Wilson without continuity correction (prop.test) -------------------
props <- list()
for (xn in list(c(0, 10), c(1, 10), c(5, 10), c(10, 10), c(3, 254), c(4, 8), c(17, 40), c(1, 1), c(123, 1000))) {
  for (level in c(0.95, 0.90)) {
    cp <- binom.test(xn[1], xn[2], conf.level = level)$conf.int
    wi <- suppressWarnings(prop.test(xn[1], xn[2], conf.level = level, correct = FALSE))$conf.int
    props[[length(props) + 1]] <- data.frame(x = xn[1], n = xn[2], level = level, method = c("ClopperPearson", "Wilson"),
      lower = num(c(cp[1], wi[1])), upper = num(c(cp[2], wi[2])))
  }
}
w(do.call(rbind, props), "proportions.csv")

# ---- Cohen's kappa: two readers' best overall responses -------------------------------------------------------------
# "table": a fixed 5x5 table (CR, PR, SD, PD, NE); "random": 400 pairs, the second reader agreeing 70% of the time.
cats <- c("CR", "PR", "SD", "PD", "NE")
tab <- matrix(c(10, 3, 1, 0, 0,
                2, 30, 6, 1, 1,
                0, 5, 40, 4, 2,
                0, 1, 5, 25, 1,
                1, 0, 2, 2, 8), nrow = 5, byrow = TRUE, dimnames = list(cats, cats))
pairs_table <- do.call(rbind, lapply(seq_along(cats), function(i) do.call(rbind, lapply(seq_along(cats), function(j)
  if (tab[i, j] > 0) data.frame(first = rep(cats[i], tab[i, j]), second = rep(cats[j], tab[i, j])) else NULL))))
pairs_table$dataset <- "table"
first <- sample(cats, 400, replace = TRUE, prob = c(0.1, 0.3, 0.35, 0.2, 0.05))
second <- ifelse(runif(400) < 0.7, first, sample(cats, 400, replace = TRUE))
pairs_random <- data.frame(first = first, second = second, dataset = "random")
pairs <- rbind(pairs_table, pairs_random)
w(pairs[, c("dataset", "first", "second")], "kappa_input.csv")
kap <- list()
for (ds in unique(pairs$dataset)) {
  p <- pairs[pairs$dataset == ds, ]
  x <- table(factor(p$first, levels = cats), factor(p$second, levels = cats))
  k <- Kappa(x, weights = "Equal-Spacing")
  ps <- cohen.kappa(data.frame(p$first, p$second), levels = cats)
  ci <- confint(k, level = 0.95)
  kap[[length(kap) + 1]] <- data.frame(dataset = ds, weights = c("Unweighted", "Linear"),
    kappa = num(c(k$Unweighted["value"], k$Weighted["value"])), se = num(c(k$Unweighted["ASE"], k$Weighted["ASE"])),
    lower = num(ci[, "lwr"]), upper = num(ci[, "upr"]),
    psych_kappa = num(c(ps$kappa, NA)), psych_lower = num(c(ps$confid[1, 1], NA)), psych_upper = num(c(ps$confid[1, 3], NA)))
}
# "pharmaverse": the three readers of the large pharmaverse set, each pair's BORs as `recist endpoints --out` wrote them
# (tests/data/r-reference/pharmaverse_agreement.csv; categories in the library's order, best to worst, NE last).
# "pharmaverse-small": the same for the small RECIST set's three readers (pharmaverse_small_agreement.csv).
order <- c("CR", "PR", "SD", "NON-CR/NON-PD", "NED", "iUPD", "PD", "NE", "MISSING")
for (set in c("pharmaverse", "pharmaverse-small")) {
agree <- read.csv(file.path(out, if (set == "pharmaverse") "pharmaverse_agreement.csv" else "pharmaverse_small_agreement.csv"), stringsAsFactors = FALSE)
for (pair in unique(paste(agree$FIRST, agree$SECOND, sep = " vs "))) {
  p <- agree[paste(agree$FIRST, agree$SECOND, sep = " vs ") == pair, ]
  lv <- order[order %in% c(p$BOR1, p$BOR2)]
  x <- table(factor(p$BOR1, levels = lv), factor(p$BOR2, levels = lv))
  k <- Kappa(x, weights = "Equal-Spacing")
  ci <- confint(k, level = 0.95)
  kap[[length(kap) + 1]] <- data.frame(dataset = paste(set, pair), weights = c("Unweighted", "Linear"),
    kappa = num(c(k$Unweighted["value"], k$Weighted["value"])), se = num(c(k$Unweighted["ASE"], k$Weighted["ASE"])),
    lower = num(ci[, "lwr"]), upper = num(ci[, "upr"]), psych_kappa = NA, psych_lower = NA, psych_upper = NA)
}
}
w(do.call(rbind, kap), "kappa.csv")
# ---- The pharmaverse study's summary, from pharmaverseadam's own ADSL/ADRS/ADTTE --------------------------------------
# What `recist endpoints` (the small RECIST set, investigator, ADSL) must report in summary.json: per arm and for all
# randomised subjects, ORR (BCP), confirmed ORR (CBOR CR/PR: pharmaverseadam's CBCP is N for everyone, a template bug), DCR
# (CB) with Clopper-Pearson 95% intervals, and each time-to-event parameter's events, median and quartiles (log-log).
adsl <- read.csv("tests/data/pharmaverse-adam/adsl.csv", stringsAsFactors = FALSE)
adrs <- read.csv(gzfile("tests/data/pharmaverse-adam/adrs_onco.csv.gz"), stringsAsFactors = FALSE)
rand <- adsl[!is.na(adsl$RANDDT) & adsl$RANDDT != "", c("USUBJID", "ARM", "RANDDT")]
# Time to response (TTR): pharmaverseadam has none; responders' days from RANDDT to the RSP date (ADT - RANDDT + 1), all events.
rsp <- merge(adrs[adrs$PARAMCD == "RSP" & adrs$AVALC == "Y", c("USUBJID", "ADT")], rand, by = "USUBJID")
adtte <- rbind(adtte[, c("USUBJID", "PARAMCD", "AVAL", "CNSR")],
  data.frame(USUBJID = rsp$USUBJID, PARAMCD = "TTR", AVAL = as.numeric(as.Date(rsp$ADT) - as.Date(rsp$RANDDT)) + 1, CNSR = 0))
summ <- list()
for (arm in c("All subjects", sort(unique(rand$ARM)))) {
  ids <- if (arm == "All subjects") rand$USUBJID else rand$USUBJID[rand$ARM == arm]
  flag <- function(paramcd, yes) sum(adrs$PARAMCD == paramcd & adrs$USUBJID %in% ids & adrs$AVALC %in% yes)
  for (m in list(c("objectiveResponse", "BCP", "Y"), c("confirmedObjectiveResponse", "CBOR", "CR;PR"), c("diseaseControl", "CB", "Y"))) {
    x <- flag(m[2], strsplit(m[3], ";")[[1]])
    ci <- binom.test(x, length(ids))$conf.int
    summ[[length(summ) + 1]] <- data.frame(arm = arm, measure = m[1], n = length(ids), count = x, estimate = num(x / length(ids)), lower = num(ci[1]), upper = num(ci[2]))
  }
  for (paramcd in c("OS", "PFS", "RSD", "TTR")) {
    d <- adtte[adtte$PARAMCD == paramcd & adtte$USUBJID %in% ids, ]
    if (nrow(d) == 0) next
    f <- survfit(Surv(AVAL, 1 - CNSR) ~ 1, data = d, conf.type = "log-log")
    q <- quantile(f, probs = c(0.25, 0.5, 0.75))
    summ[[length(summ) + 1]] <- data.frame(arm = arm, measure = paste0(paramcd, c(":firstQuartile", ":median", ":thirdQuartile")), n = nrow(d),
      count = sum(d$CNSR == 0), estimate = num(q$quantile), lower = num(q$lower), upper = num(q$upper))
    days <- seq(0, max(d$AVAL), by = 56)
    risk <- summary(f, times = days, extend = TRUE)$n.risk
    summ[[length(summ) + 1]] <- data.frame(arm = arm, measure = paste0(paramcd, ":atRisk:", days), n = nrow(d), count = risk, estimate = NA, lower = NA, upper = NA)
  }
}
for (paramcd in c("OS", "PFS", "RSD", "TTR")) {
  d <- merge(adtte[adtte$PARAMCD == paramcd, ], rand, by = "USUBJID", suffixes = c("", ".adsl"))
  s <- survdiff(Surv(AVAL, 1 - CNSR) ~ ARM, data = d)
  df <- sum(s$exp > 0) - 1
  summ[[length(summ) + 1]] <- data.frame(arm = "between arms", measure = paste0(paramcd, ":logRank"), n = nrow(d), count = df,
    estimate = num(s$chisq), lower = num(pchisq(s$chisq, df, lower.tail = FALSE)), upper = NA)
}
w(do.call(rbind, summ), "pharmaverse_summary.csv")
writeLines(c(R.version.string, paste("survival", packageVersion("survival")), paste("psych", packageVersion("psych")),
  paste("vcd", packageVersion("vcd"))), file.path(out, "versions.txt"))
