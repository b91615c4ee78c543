#:project ../../src/ResponseCriteria.Cases/ResponseCriteria.Cases.csproj
#:project ../../src/ResponseCriteria.Charts/ResponseCriteria.Charts.csproj
// The seed case's chart: `dotnet run docs/examples/seed-chart.cs [CASE.json] [OUT.svg]` (from the repository root).
// Reads a case file, evaluates it under its criteria, and writes the patient chart as SVG.
using System;
using ResponseCriteria.Cases;
using ResponseCriteria.Charts;

var input = args.Length > 0 ? args[0] : "docs/examples/seed-case.json";
var output = args.Length > 1 ? args[1] : "seed-case.svg";
var caseFile = CaseReader.ReadFile(input);
var result = CaseEvaluator.Evaluate(caseFile);
var chart = PatientChart.Render(result, CaseEvaluator.ToRecist11Options(caseFile.Options));
chart.Save(output);
Console.WriteLine($"{output}: {chart.Title}");
