#:project ../../src/ResponseCriteria.Cases/ResponseCriteria.Cases.csproj
#:project ../../src/ResponseCriteria.Sdtm/ResponseCriteria.Sdtm.csproj
#:project ../../src/ResponseCriteria.Endpoints/ResponseCriteria.Endpoints.csproj
#:project ../../src/ResponseCriteria.Charts/ResponseCriteria.Charts.csproj
// Every chart of docs/charts.md: `dotnet run docs/examples/charts.cs [OUT-DIR]` (from the repository root).
// The cohort charts draw the conformance cases under iRECIST; the Kaplan-Meier chart the large pharmaverse study's PFS by arm.
using System;
using System.IO;
using System.Linq;
using ResponseCriteria.Cases;
using ResponseCriteria.Charts;
using ResponseCriteria.Endpoints;
using ResponseCriteria.IRecist;
using ResponseCriteria.Responses;
using ResponseCriteria.Sdtm;

var output = Directory.CreateDirectory(args.Length > 0 ? args[0] : "charts").FullName;

// A cohort of case files, each evaluated under iRECIST.
var cohort = Directory.GetFiles("tests/data/conformance/cases", "*.json").Order(StringComparer.Ordinal)
    .Select(f => CaseEvaluator.Evaluate(CaseReader.ReadFile(f), Criteria.IRecist)).ToArray();
CohortCharts.Waterfall(cohort).Save(Path.Combine(output, "waterfall.svg"));
CohortCharts.Spider(cohort).Save(Path.Combine(output, "spider.svg"));
CohortCharts.Swimmer(cohort).Save(Path.Combine(output, "swimmer.svg"));

// A study from SDTM: RECIST 1.1 calls derived from TU/TR (investigator), PFS from ADSL's randomisation dates, by arm.
var subjects = SubjectTable.ReadAdsl(SdtmTableReader.Read("tests/data/pharmaverse-adam/adsl.csv"));
var study = SdtmStudyReader.Read(
    SdtmTableReader.Read("tests/data/pharmaverse/tu_onco.csv.gz"),
    SdtmTableReader.Read("tests/data/pharmaverse/tr_onco.csv.gz"),
    SdtmTableReader.Read("tests/data/pharmaverse/supptr_onco.csv.gz"),
    new SdtmOptions { Evaluator = "INVESTIGATOR", ReferenceDates = subjects.ReferenceDates() });
var evaluation = StudyEvaluation.Evaluate(study, null, Criteria.Recist11, new IRecistOptions());
var summary = StudySummary.Of(StudyEndpoints.Derive(subjects, StudyEndpoints.CallsOf(evaluation, "INVESTIGATOR"), Criteria.Recist11));
var pfs = summary.Arms.Skip(1).Select(a => (a.Arm, a.Survival.Single(s => s.ParamCd == "PFS").Curve)).ToArray();
KaplanMeierChart.Render("Progression-free survival (pharmaverse, RECIST 1.1, investigator)", pfs).Save(Path.Combine(output, "kaplan-meier.svg"));

Console.WriteLine($"{output}: waterfall.svg, spider.svg, swimmer.svg ({cohort.Length} cases), kaplan-meier.svg ({pfs.Length} arms)");
