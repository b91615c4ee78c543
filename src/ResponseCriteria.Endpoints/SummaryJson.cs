using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using ResponseCriteria.Endpoints.Statistics;
using ResponseCriteria.Responses;

namespace ResponseCriteria.Endpoints;

/// <summary>
/// Writes a study summary as JSON, every estimate with its interval and n: response rates, Kaplan–Meier medians and quartiles
/// with numbers at risk, log-rank tests and reader agreement. A missing value (a median not reached) is null.
/// </summary>
public static class SummaryJson
{
    /// <summary>Writes the summary to a file.</summary>
    /// <param name="path">The JSON file.</param>
    /// <param name="summary">The summary.</param>
    /// <param name="agreement">Reader agreement, or null when there is one reader.</param>
    /// <param name="reclassification">RECIST 1.1 against iRECIST, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="summary"/> is null.</exception>
    public static void Write(string path, StudySummary summary, IReadOnlyList<ReaderAgreement>? agreement, Reclassification? reclassification)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.Create(path);
        Write(stream, summary, agreement, reclassification);
    }

    /// <summary>Writes the summary to a stream (UTF-8, indented).</summary>
    /// <param name="stream">The stream; not closed.</param>
    /// <param name="summary">The summary.</param>
    /// <param name="agreement">Reader agreement, or null when there is one reader.</param>
    /// <param name="reclassification">RECIST 1.1 against iRECIST, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="summary"/> is null.</exception>
    public static void Write(Stream stream, StudySummary summary, IReadOnlyList<ReaderAgreement>? agreement, Reclassification? reclassification)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(summary);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("criteria", ResponseCodes.CriteriaName(summary.Criteria));
        w.WriteNumber("level", summary.Options.Level);
        w.WriteString("rateInterval", summary.Options.RateInterval.ToString());
        w.WriteString("survivalInterval", summary.Options.SurvivalInterval.ToString());
        w.WriteString("population", summary.Options.Population.ToString());
        w.WriteStartArray("arms");
        foreach (var arm in summary.Arms)
        {
            w.WriteStartObject();
            w.WriteString("arm", arm.Arm);
            w.WriteNumber("subjects", arm.Subjects);
            Rate(w, "objectiveResponse", arm.ObjectiveResponse);
            Rate(w, "confirmedObjectiveResponse", arm.ConfirmedObjectiveResponse);
            Rate(w, "diseaseControl", arm.DiseaseControl);
            w.WriteStartArray("timeToEvent");
            foreach (var s in arm.Survival)
            {
                w.WriteStartObject();
                w.WriteString("paramcd", s.ParamCd);
                w.WriteNumber("subjects", s.Curve.Subjects);
                w.WriteNumber("events", s.Curve.Events);
                Quantile(w, "median", s.Median);
                Quantile(w, "firstQuartile", s.FirstQuartile);
                Quantile(w, "thirdQuartile", s.ThirdQuartile);
                w.WriteStartArray("atRisk");
                foreach (var (time, count) in s.AtRisk)
                {
                    w.WriteStartObject();
                    w.WriteNumber("day", time);
                    w.WriteNumber("subjects", count);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("logRank");
        foreach (var (paramcd, test) in summary.Comparisons)
        {
            w.WriteStartObject();
            w.WriteString("paramcd", paramcd);
            w.WriteNumber("chiSquare", test.ChiSquare);
            w.WriteNumber("degreesOfFreedom", test.DegreesOfFreedom);
            Number(w, "pValue", test.PValue);
            w.WriteStartArray("groups");
            for (var i = 0; i < test.Groups.Count; i++)
            {
                w.WriteStartObject();
                w.WriteString("arm", test.Groups[i]);
                w.WriteNumber("observed", test.Observed[i]);
                w.WriteNumber("expected", test.Expected[i]);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("agreement");
        foreach (var a in agreement ?? [])
        {
            w.WriteStartObject();
            w.WriteString("first", a.First);
            w.WriteString("second", a.Second);
            KappaValue(w, "bestResponseKappa", a.BestResponse);
            KappaValue(w, "bestResponseLinearKappa", a.BestResponseLinear);
            var p = a.Progression;
            w.WriteStartObject("progression");
            w.WriteNumber("subjects", p.Subjects);
            w.WriteNumber("sameDate", p.SameDate);
            w.WriteNumber("firstEarlier", p.FirstEarlier);
            w.WriteNumber("firstLater", p.FirstLater);
            w.WriteNumber("onlyFirst", p.OnlyFirst);
            w.WriteNumber("onlySecond", p.OnlySecond);
            w.WriteNumber("neither", p.Neither);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (reclassification is not null)
        {
            w.WriteStartObject("reclassification");
            w.WriteNumber("recistProgressed", reclassification.Fates.Count);
            foreach (var fate in Enum.GetValues<ProgressionFate>())
            {
                w.WriteNumber(JsonNamingPolicy.CamelCase.ConvertName(fate.ToString()), System.Linq.Enumerable.Count(reclassification.Fates.Values, f => f == fate));
            }

            Rate(w, "pseudoprogression", reclassification.Pseudoprogression);
            w.WriteNumber("eventLater", reclassification.EventLater);
            Quantile(w, "pfsMedian", reclassification.ProgressionFreeSurvival.Median);
            Quantile(w, "ipfsMedian", reclassification.ImmuneProgressionFreeSurvival.Median);
            w.WriteStartArray("bestResponses");
            foreach (var ((recist, irecist), count) in reclassification.BestResponses)
            {
                w.WriteStartObject();
                w.WriteString("recist", recist);
                w.WriteString("irecist", irecist);
                w.WriteNumber("subjects", count);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void Rate(Utf8JsonWriter w, string name, Proportion p)
    {
        w.WriteStartObject(name);
        w.WriteNumber("count", p.Count);
        w.WriteNumber("subjects", p.Total);
        Number(w, "estimate", p.Estimate);
        Number(w, "lower", p.Lower);
        Number(w, "upper", p.Upper);
        w.WriteEndObject();
    }

    private static void Quantile(Utf8JsonWriter w, string name, SurvivalQuantile q)
    {
        w.WriteStartObject(name);
        Number(w, "days", q.Estimate);
        Number(w, "lower", q.Lower);
        Number(w, "upper", q.Upper);
        w.WriteEndObject();
    }

    private static void KappaValue(Utf8JsonWriter w, string name, Kappa? k)
    {
        if (k is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteNumber("subjects", k.Count);
        w.WriteStartArray("categories");
        foreach (var c in k.Categories)
        {
            w.WriteStringValue(c);
        }

        w.WriteEndArray();
        Number(w, "estimate", k.Value);
        Number(w, "standardError", k.StandardError);
        Number(w, "lower", k.Lower);
        Number(w, "upper", k.Upper);
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
