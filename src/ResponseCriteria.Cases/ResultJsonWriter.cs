using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using ResponseCriteria.Diagnostics;
using ResponseCriteria.Responses;
using ResponseCriteria.Results;

namespace ResponseCriteria.Cases;

/// <summary>
/// Writes evaluation results as JSON (result format <see cref="FormatVersion"/>, described field by field in
/// docs/results-json.md): every call with its figures, rule and explanation, and the diagnostics.
/// </summary>
public static class ResultJsonWriter
{
    /// <summary>The version of the result format, written as <c>resultFormatVersion</c> in every result. A reader should reject
    /// versions it does not know; fields are only ever added within a version.</summary>
    public const int FormatVersion = 1;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes results as a JSON array, one object per result.</summary>
    /// <param name="results">The results.</param>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is null.</exception>
    public static string Write(IEnumerable<EvaluationResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, WriterOptions))
        {
            w.WriteStartArray();
            foreach (var result in results)
            {
                Write(w, result);
            }

            w.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Write(Utf8JsonWriter w, EvaluationResult r)
    {
        var c = r.Criteria;
        w.WriteStartObject();
        w.WriteNumber("resultFormatVersion", FormatVersion);
        w.WriteString("id", r.SeriesId);
        w.WriteString("criteria", ResponseCodes.CriteriaName(c));
        w.WriteString("baselineDate", Format(r.BaselineDate));
        w.WriteStartArray("timepoints");
        foreach (var tp in r.TimePoints)
        {
            w.WriteStartObject();
            w.WriteString("date", Format(tp.Date));
            w.WriteNumber("daysFromBaseline", tp.DaysFromBaseline);
            w.WriteString("response", ResponseCodes.ToCode(tp.Response, c));
            w.WriteString("rule", tp.Rule.ToString());
            Reasons(w, "progressionReasons", tp.ProgressionReasons);
            w.WriteStartObject("target");
            w.WriteString("response", ResponseCodes.ToCode(tp.Target.Response, c));
            w.WriteString("rule", tp.Target.Rule.ToString());
            Number(w, "sum", tp.Target.Sum);
            Number(w, "baselineSum", tp.Target.BaselineSum);
            Number(w, "nadir", tp.Target.Nadir);
            w.WriteString("nadirDate", tp.Target.NadirDate is { } nd ? Format(nd) : null);
            Number(w, "changeFromBaselinePercent", Round(tp.Target.ChangeFromBaselinePercent));
            Number(w, "changeFromNadirMillimetres", tp.Target.ChangeFromNadirMillimetres);
            Number(w, "changeFromNadirPercent", Round(tp.Target.ChangeFromNadirPercent));
            Strings(w, "notEvaluableLesions", tp.Target.NotEvaluableLesions);
            Strings(w, "reappearedLesions", tp.Target.ReappearedLesions);
            w.WriteEndObject();
            w.WriteStartObject("nonTarget");
            w.WriteString("response", ResponseCodes.ToCode(tp.NonTarget.Response, c));
            w.WriteString("rule", tp.NonTarget.Rule.ToString());
            Strings(w, "lesions", tp.NonTarget.Lesions);
            w.WriteEndObject();
            w.WriteStartObject("newLesions");
            w.WriteBoolean("progression", tp.NewLesions.IsProgression);
            w.WriteString("rule", tp.NewLesions.Rule.ToString());
            Strings(w, "lesions", tp.NewLesions.Lesions);
            Strings(w, "equivocalLesions", tp.NewLesions.EquivocalLesions);
            w.WriteEndObject();
            if (tp.IRecist is { } step)
            {
                w.WriteStartObject("iRecist");
                w.WriteString("transition", step.Transition.ToString());
                w.WriteString("unconfirmedProgressionDate", step.UnconfirmedProgressionDate is { } u ? Format(u) : null);
                if (step.DaysSinceUnconfirmedProgression is { } days)
                {
                    w.WriteNumber("daysSinceUnconfirmedProgression", days);
                }
                else
                {
                    w.WriteNull("daysSinceUnconfirmedProgression");
                }

                Reasons(w, "unconfirmedProgressionReasons", step.UnconfirmedProgressionReasons);
                Reasons(w, "confirmedBy", step.ConfirmedBy);
                Strings(w, "newLesionTargets", step.NewLesionTargets);
                Strings(w, "newLesionNonTargets", step.NewLesionNonTargets);
                Number(w, "newLesionTargetSum", step.NewLesionTargetSum);
                Strings(w, "appearedLesions", step.AppearedLesions);
                w.WriteEndObject();
            }

            w.WriteString("explanation", tp.Explanation);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Best(w, "bestOverallResponse", r.BestOverallResponse, c);
        Best(w, "unconfirmedBestOverallResponse", r.UnconfirmedBestOverallResponse, c);
        Best(w, "confirmedBestOverallResponse", r.ConfirmedBestOverallResponse, c);
        w.WriteString("progressionDate", r.ProgressionDate is { } pd ? Format(pd) : null);
        w.WriteString("progressionConfirmationDate", r.ProgressionConfirmationDate is { } pc ? Format(pc) : null);
        w.WriteString("unconfirmedProgressionDate", r.UnconfirmedProgressionDate is { } up ? Format(up) : null);
        w.WriteStartObject("patterns");
        Strings(w, "found", CaseChecker.PatternNames(r.Patterns));
        w.WriteStartArray("findings");
        foreach (var f in r.Patterns.Findings)
        {
            w.WriteStartObject();
            w.WriteString("pattern", CaseWriter.PatternNames[(int)f.Pattern]);
            w.WriteString("definition", f.Definition);
            w.WriteString("date", Format(f.Date));
            Strings(w, "lesions", f.Lesions);
            w.WriteString("explanation", f.Explanation);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (r.Patterns.Kinetics is { } k)
        {
            w.WriteStartObject("growthKinetics");
            w.WriteString("preBaselineDate", Format(k.PreBaselineDate));
            w.WriteNumber("preBaselineSum", k.PreBaselineSum);
            w.WriteNumber("baselineSum", k.BaselineSum);
            w.WriteString("firstDate", Format(k.FirstDate));
            w.WriteNumber("firstSum", k.FirstSum);
            w.WriteNumber("tgkReference", Math.Round(k.TgkReference, 3));
            w.WriteNumber("tgkExperimental", Math.Round(k.TgkExperimental, 3));
            Double(w, "tgrReference", k.TgrReference);
            Double(w, "tgrExperimental", k.TgrExperimental);
            w.WriteStartArray("hyperprogressionDefinitionsMet");
            foreach (var d in k.DefinitionsMet)
            {
                w.WriteStringValue(d.ToString());
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteStartArray("diagnostics");
        foreach (var d in r.Diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("code", d.Code);
            w.WriteString("severity", d.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "info",
            });
            w.WriteString("date", d.Date is { } dd ? Format(dd) : null);
            w.WriteString("lesionId", d.LesionId);
            w.WriteString("message", d.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Best(Utf8JsonWriter w, string name, BestResponseResult b, Criteria c)
    {
        w.WriteStartObject(name);
        w.WriteString("response", ResponseCodes.ToCode(b.Response, c));
        w.WriteString("date", b.Date is { } d ? Format(d) : null);
        w.WriteString("confirmationDate", b.ConfirmationDate is { } cd ? Format(cd) : null);
        w.WriteString("explanation", b.Explanation);
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void Reasons(Utf8JsonWriter w, string name, ProgressionReasons reasons)
    {
        w.WriteStartArray(name);
        foreach (var reason in new[] { ProgressionReasons.Target, ProgressionReasons.NonTarget, ProgressionReasons.NewLesion })
        {
            if ((reasons & reason) != 0)
            {
                w.WriteStringValue(reason.ToString());
            }
        }

        w.WriteEndArray();
    }

    private static void Double(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, Math.Round(v, 3));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static decimal? Round(decimal? value) => value is { } v ? Math.Round(v, 2, MidpointRounding.AwayFromZero) : null;

    private static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
