#:project ../../src/ResponseCriteria.Sdtm/ResponseCriteria.Sdtm.csproj
#:project ../../src/ResponseCriteria.Endpoints/ResponseCriteria.Endpoints.csproj
#:project ../../src/ResponseCriteria.Charts/ResponseCriteria.Charts.csproj
// From the pharmaverse SDTM files to a study report: `dotnet run docs/examples/pharmaverse-report.cs [OUT.html]` (from the
// repository root). Maps TU/TR to series, evaluates every subject under RECIST 1.1 from its randomisation date (ADSL),
// derives the endpoints, and writes one self-contained HTML page with the summary, the charts and every patient.
using System;
using System.Linq;
using ResponseCriteria.Charts;
using ResponseCriteria.Endpoints;
using ResponseCriteria.IRecist;
using ResponseCriteria.Responses;
using ResponseCriteria.Sdtm;

var output = args.Length > 0 ? args[0] : "pharmaverse-report.html";
const string Reader = "INVESTIGATOR";
var subjects = SubjectTable.ReadAdsl(SdtmTableReader.Read("tests/data/pharmaverse-adam/adsl.csv"));
var tu = SdtmTableReader.Read("tests/data/pharmaverse/tu_onco_recist.csv");
var tr = SdtmTableReader.Read("tests/data/pharmaverse/tr_onco_recist.csv");
var study = SdtmStudyReader.Read(tu, tr, null, new SdtmOptions { Evaluator = Reader, ReferenceDates = subjects.ReferenceDates() });
var evaluation = StudyEvaluation.Evaluate(study, null, Criteria.Recist11, new IRecistOptions());
var endpoints = StudyEndpoints.Derive(subjects, StudyEndpoints.CallsOf(evaluation, Reader), Criteria.Recist11, StudyEndpoints.MeasurableDisease(tu, Reader));
var report = new StudyReport("pharmaverse oncology study (CDISCPILOT01), RECIST 1.1, investigator", evaluation.Subjects.Select(s => s.Result), StudySummary.Of(endpoints));
report.Save(output);
Console.WriteLine($"{output}: {evaluation.Subjects.Count} subjects, ORR {StudySummary.Of(endpoints).Arms[0].ObjectiveResponse}");
