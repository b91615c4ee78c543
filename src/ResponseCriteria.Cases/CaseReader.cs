using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using ResponseCriteria.Lesions;
using ResponseCriteria.Responses;
using ResponseCriteria.Series;

namespace ResponseCriteria.Cases;

/// <summary>
/// Reads case files (format version 1, docs/case-format.md; JSON Schema docs/case.schema.json). A reader never guesses: a file that breaks the
/// format is rejected whole with a <see cref="CaseFormatException"/> naming the file, the JSON path and what was expected.
/// </summary>
public static class CaseReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 32,
    };

    /// <summary>Reads a case file.</summary>
    /// <param name="path">The file path.</param>
    /// <exception cref="CaseFormatException">The file cannot be read or breaks the format.</exception>
    public static CaseFile ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CaseFormatException(path, "$", "cannot read the file: " + e.Message, e);
        }

        return Parse(text, path);
    }

    /// <summary>Reads a case from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The name to use in errors (normally the file name).</param>
    /// <exception cref="CaseFormatException">The text breaks the format.</exception>
    public static CaseFile Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            throw new CaseFormatException(source, $"line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}", "not valid JSON: " + e.Message, e);
        }

        using (document)
        {
            return new Parser(source).Case(document.RootElement);
        }
    }

    private sealed class Parser(string source)
    {
        private readonly Dictionary<string, Lesion> lesions = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> newLesionOrgans = new(StringComparer.Ordinal);

        internal CaseFile Case(JsonElement root)
        {
            const string path = "$";
            Fields(root, path, "formatVersion", "id", "title", "criteria", "options", "lesions", "assessments", "preBaseline", "expected");
            var version = Required(root, path, "formatVersion");
            if (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var v) || v != CaseFile.FormatVersion)
            {
                throw Error(path + ".formatVersion", $"expected format version {CaseFile.FormatVersion}, found {version.GetRawText()}");
            }

            var id = Text(Required(root, path, "id"), path + ".id");
            foreach (var c in id)
            {
                if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
                {
                    throw Error(path + ".id", $"expected letters, digits, '-', '_' or '.', found '{id}'");
                }
            }

            var title = root.TryGetProperty("title", out var t) ? Text(t, path + ".title", allowEmpty: true) : null;
            var criteria = Text(Required(root, path, "criteria"), path + ".criteria") switch
            {
                "RECIST 1.1" => Criteria.Recist11,
                "iRECIST" => Criteria.IRecist,
                var other => throw Error(path + ".criteria", $"expected \"RECIST 1.1\" or \"iRECIST\", found \"{other}\""),
            };
            var options = root.TryGetProperty("options", out var o) ? Options(o, path + ".options") : CaseOptions.None;
            var declared = DeclaredLesions(Required(root, path, "lesions"), path + ".lesions");
            var assessments = Assessments(Required(root, path, "assessments"), path + ".assessments");
            Assessment? preBaseline = null;
            if (root.TryGetProperty("preBaseline", out var pb))
            {
                preBaseline = PreBaseline(pb, path + ".preBaseline", assessments[0].Date);
            }

            var expected = root.TryGetProperty("expected", out var e) ? Expected(e, path + ".expected") : null;
            var series = new PatientSeries(declared, assessments[0], assessments.GetRange(1, assessments.Count - 1), preBaseline, id);
            return new CaseFile(id, criteria, series, title, options, expected);
        }

        private CaseOptions Options(JsonElement e, string path)
        {
            Fields(e, path, "confirmation", "minimumConfirmationDays", "minimumStableDiseaseDays", "iUpdConfirmationMinDays", "iUpdConfirmationMaxDays");
            var options = new CaseOptions
            {
                Confirmation = e.TryGetProperty("confirmation", out var c) ? Flag(c, path + ".confirmation") : null,
                MinimumConfirmationDays = OptionalDays(e, path, "minimumConfirmationDays"),
                MinimumStableDiseaseDays = OptionalDays(e, path, "minimumStableDiseaseDays"),
                IUpdConfirmationMinDays = OptionalDays(e, path, "iUpdConfirmationMinDays"),
                IUpdConfirmationMaxDays = OptionalDays(e, path, "iUpdConfirmationMaxDays"),
            };
            if (options.IUpdConfirmationMinDays is { } min && options.IUpdConfirmationMaxDays is { } max && max < min)
            {
                throw Error(path + ".iUpdConfirmationMaxDays", $"expected at least iUpdConfirmationMinDays ({min}), found {max}");
            }

            return options;
        }

        private int? OptionalDays(JsonElement e, string path, string name)
        {
            if (!e.TryGetProperty(name, out var value))
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var days) || days < 0)
            {
                throw Error($"{path}.{name}", $"expected a whole number of days, 0 or more, found {value.GetRawText()}");
            }

            return days;
        }

        private List<Lesion> DeclaredLesions(JsonElement e, string path)
        {
            var result = new List<Lesion>();
            var i = 0;
            foreach (var item in Items(e, path))
            {
                var p = $"{path}[{i++}]";
                Fields(item, p, "id", "organ", "role", "lymphNode");
                var id = Text(Required(item, p, "id"), p + ".id");
                var organ = Text(Required(item, p, "organ"), p + ".organ");
                var role = Text(Required(item, p, "role"), p + ".role") switch
                {
                    "target" => LesionRole.Target,
                    "nonTarget" => LesionRole.NonTarget,
                    var other => throw Error(p + ".role", $"expected \"target\" or \"nonTarget\", found \"{other}\""),
                };
                var node = item.TryGetProperty("lymphNode", out var n) && Flag(n, p + ".lymphNode");
                var lesion = new Lesion(id, organ, role, node);
                if (!lesions.TryAdd(id, lesion))
                {
                    throw Error(p + ".id", $"duplicate lesion id '{id}'");
                }

                result.Add(lesion);
            }

            return result;
        }

        private List<Assessment> Assessments(JsonElement e, string path)
        {
            var result = new List<Assessment>();
            var i = 0;
            foreach (var item in Items(e, path))
            {
                var p = $"{path}[{i++}]";
                var assessment = OneAssessment(item, p, isBaseline: result.Count == 0);
                if (result.Count > 0 && assessment.Date <= result[^1].Date)
                {
                    throw Error(p + ".date", $"expected a date after {Format(result[^1].Date)} (assessments are in date order), found {Format(assessment.Date)}");
                }

                result.Add(assessment);
            }

            if (result.Count == 0)
            {
                throw Error(path, "expected at least one assessment (the first is the baseline)");
            }

            return result;
        }

        private Assessment OneAssessment(JsonElement e, string path, bool isBaseline)
        {
            Fields(e, path, "date", "targets", "nonTargets", "newLesions", "unscheduled");
            var date = DateOf(Required(e, path, "date"), path + ".date");
            var targets = e.TryGetProperty("targets", out var t) ? Targets(t, path + ".targets") : new List<KeyValuePair<string, Measurement>>();
            if (isBaseline)
            {
                foreach (var lesion in lesions.Values)
                {
                    if (lesion.IsTarget && !targets.Exists(pair => pair.Key == lesion.Id && pair.Value.Kind == MeasurementKind.Measured))
                    {
                        throw Error($"{path}.targets.{lesion.Id}", $"expected a size in mm for target {lesion.Id} at baseline (every target is measured at baseline)");
                    }
                }
            }

            var nonTargets = new List<KeyValuePair<string, NonTargetStatus>>();
            if (e.TryGetProperty("nonTargets", out var n))
            {
                foreach (var property in Fields(n, path + ".nonTargets"))
                {
                    var p = $"{path}.nonTargets.{property.Name}";
                    Declared(property.Name, LesionRole.NonTarget, p);
                    nonTargets.Add(new(property.Name, Status(property.Value, p)));
                }
            }

            var newLesions = new List<NewLesion>();
            if (e.TryGetProperty("newLesions", out var nl))
            {
                var ids = new HashSet<string>(StringComparer.Ordinal);
                var i = 0;
                foreach (var item in Items(nl, path + ".newLesions"))
                {
                    var lesion = OneNewLesion(item, $"{path}.newLesions[{i++}]");
                    if (!ids.Add(lesion.Id))
                    {
                        throw Error($"{path}.newLesions[{i - 1}].id", $"new lesion '{lesion.Id}' is listed twice in one assessment");
                    }

                    newLesions.Add(lesion);
                }
            }

            bool? unscheduled = e.TryGetProperty("unscheduled", out var u) ? Flag(u, path + ".unscheduled") : null;
            return new Assessment(date, targets, nonTargets, newLesions, unscheduled);
        }

        private List<KeyValuePair<string, Measurement>> Targets(JsonElement e, string path)
        {
            var targets = new List<KeyValuePair<string, Measurement>>();
            foreach (var property in Fields(e, path))
            {
                var p = $"{path}.{property.Name}";
                Declared(property.Name, LesionRole.Target, p);
                targets.Add(new(property.Name, Size(property.Value, p)));
            }

            return targets;
        }

        private Assessment PreBaseline(JsonElement e, string path, LocalDate baselineDate)
        {
            Fields(e, path, "date", "targets");
            var date = DateOf(Required(e, path, "date"), path + ".date");
            if (date >= baselineDate)
            {
                throw Error(path + ".date", $"expected a date before the baseline ({Format(baselineDate)}), found {Format(date)}");
            }

            return new Assessment(date, Targets(Required(e, path, "targets"), path + ".targets"));
        }

        private NewLesion OneNewLesion(JsonElement e, string path)
        {
            Fields(e, path, "id", "organ", "lymphNode", "size", "status", "equivocal", "role");
            var id = Text(Required(e, path, "id"), path + ".id");
            if (lesions.ContainsKey(id))
            {
                throw Error(path + ".id", $"new lesion id '{id}' is already the id of a baseline lesion (ids are unique among all lesions)");
            }

            var organ = Text(Required(e, path, "organ"), path + ".organ");
            if (newLesionOrgans.TryGetValue(id, out var firstOrgan) && !Lesion.OrganComparer.Equals(firstOrgan, organ))
            {
                throw Error(path + ".organ", $"new lesion '{id}' was first recorded in '{firstOrgan}', found '{organ}' (the same id is the same lesion)");
            }

            newLesionOrgans[id] = organ;
            var node = e.TryGetProperty("lymphNode", out var n) && Flag(n, path + ".lymphNode");
            Measurement? size = e.TryGetProperty("size", out var s) ? Size(s, path + ".size") : null;
            var status = e.TryGetProperty("status", out var st) ? Status(st, path + ".status") : NonTargetStatus.Present;
            var equivocal = e.TryGetProperty("equivocal", out var eq) && Flag(eq, path + ".equivocal");
            LesionRole? role = e.TryGetProperty("role", out var r)
                ? Text(r, path + ".role") switch
                {
                    "target" => LesionRole.Target,
                    "nonTarget" => LesionRole.NonTarget,
                    var other => throw Error(path + ".role", $"expected \"target\" or \"nonTarget\", found \"{other}\""),
                }
                : null;
            return new NewLesion(id, organ, node, size, status, equivocal, role);
        }

        private ExpectedCalls Expected(JsonElement e, string path)
        {
            Fields(e, path, "timepoints", "bestOverallResponse", "progressionDate", "patterns");
            List<string>? timePoints = null;
            if (e.TryGetProperty("timepoints", out var tp))
            {
                timePoints = new List<string>();
                var i = 0;
                foreach (var item in Items(tp, path + ".timepoints"))
                {
                    timePoints.Add(ResponseCode(item, $"{path}.timepoints[{i++}]"));
                }
            }

            var best = e.TryGetProperty("bestOverallResponse", out var b) ? ResponseCode(b, path + ".bestOverallResponse") : null;
            var hasDate = e.TryGetProperty("progressionDate", out var d);
            LocalDate? date = hasDate && d.ValueKind != JsonValueKind.Null ? DateOf(d, path + ".progressionDate") : null;
            List<string>? patterns = null;
            if (e.TryGetProperty("patterns", out var pt))
            {
                patterns = new List<string>();
                var i = 0;
                foreach (var item in Items(pt, path + ".patterns"))
                {
                    var p = $"{path}.patterns[{i++}]";
                    var pattern = Text(item, p);
                    if (System.Array.IndexOf(CaseWriter.PatternNames, pattern) < 0)
                    {
                        throw Error(p, $"expected one of {string.Join(", ", CaseWriter.PatternNames)}, found \"{pattern}\"");
                    }

                    patterns.Add(pattern);
                }
            }

            return new ExpectedCalls(timePoints, best, hasDate, date, patterns);
        }

        private string ResponseCode(JsonElement e, string path)
        {
            var code = Text(e, path);
            return ResponseCodes.TryParse(code, out var response, out _) && response != Response.NotApplicable
                ? code
                : throw Error(path, $"expected a response code (CR, PR, SD, PD, NonCR/NonPD, NE, NED, iCR, iPR, iSD, iUPD, iCPD, iNonCR/NonPD), found \"{code}\"");
        }

        private void Declared(string id, LesionRole role, string path)
        {
            if (!lesions.TryGetValue(id, out var lesion))
            {
                throw Error(path, $"lesion '{id}' is not declared in $.lesions");
            }

            if (lesion.Role != role)
            {
                throw Error(path, $"lesion '{id}' is declared as a {(lesion.IsTarget ? "target" : "non-target")}, not a {(role == LesionRole.Target ? "target" : "non-target")}");
            }
        }

        private Measurement Size(JsonElement e, string path)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Number:
                    if (!e.TryGetDecimal(out var mm) || mm < 0m || mm > Measurement.MaximumMillimetres)
                    {
                        throw Error(path, $"expected a size in mm from 0 to {Measurement.MaximumMillimetres.ToString(CultureInfo.InvariantCulture)}, found {e.GetRawText()}");
                    }

                    return Measurement.FromMillimetres(mm);
                case JsonValueKind.String when e.GetString() == "TSTM":
                    return Measurement.TooSmallToMeasure;
                case JsonValueKind.String when e.GetString() == "NE":
                    return Measurement.NotEvaluable;
                default:
                    throw Error(path, $"expected a size in mm, \"TSTM\" or \"NE\", found {e.GetRawText()}");
            }
        }

        private NonTargetStatus Status(JsonElement e, string path)
            => e.ValueKind == JsonValueKind.String
                ? e.GetString() switch
                {
                    "present" => NonTargetStatus.Present,
                    "absent" => NonTargetStatus.Absent,
                    "progression" => NonTargetStatus.Progression,
                    "furtherIncrease" => NonTargetStatus.FurtherIncrease,
                    "NE" => NonTargetStatus.NotEvaluable,
                    _ => throw Error(path, $"expected \"present\", \"absent\", \"progression\", \"furtherIncrease\" or \"NE\", found {e.GetRawText()}"),
                }
                : throw Error(path, $"expected a status string, found {e.GetRawText()}");

        private LocalDate DateOf(JsonElement e, string path)
        {
            var text = e.ValueKind == JsonValueKind.String ? e.GetString() : null;
            var result = text is null ? null : LocalDatePattern.Iso.Parse(text);
            if (result is null || !result.Success || text!.Length != 10)
            {
                throw Error(path, $"expected a date as YYYY-MM-DD, found {e.GetRawText()}");
            }

            return result.Value;
        }

        private string Text(JsonElement e, string path, bool allowEmpty = false)
        {
            if (e.ValueKind != JsonValueKind.String)
            {
                throw Error(path, $"expected a string, found {e.GetRawText()}");
            }

            var value = e.GetString()!;
            return allowEmpty || value.Trim().Length > 0 ? value : throw Error(path, "expected a non-empty string");
        }

        private bool Flag(JsonElement e, string path) => e.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Error(path, $"expected true or false, found {e.GetRawText()}"),
        };

        private JsonElement.ArrayEnumerator Items(JsonElement e, string path)
            => e.ValueKind == JsonValueKind.Array ? e.EnumerateArray() : throw Error(path, $"expected an array, found {Kind(e)}");

        private JsonElement Required(JsonElement e, string path, string name)
            => e.TryGetProperty(name, out var value) ? value : throw Error(path, $"missing required field \"{name}\"");

        /// <summary>Checks an object: no duplicate names and, when <paramref name="allowed"/> is given, no unknown field.</summary>
        private List<JsonProperty> Fields(JsonElement e, string path, params string[] allowed)
        {
            if (e.ValueKind != JsonValueKind.Object)
            {
                throw Error(path, $"expected an object, found {Kind(e)}");
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            var properties = new List<JsonProperty>();
            foreach (var property in e.EnumerateObject())
            {
                if (!seen.Add(property.Name))
                {
                    throw Error($"{path}.{property.Name}", "field given twice");
                }

                if (allowed.Length > 0 && System.Array.IndexOf(allowed, property.Name) < 0)
                {
                    throw Error($"{path}.{property.Name}", $"unknown field; expected one of {string.Join(", ", allowed)}");
                }

                properties.Add(property);
            }

            return properties;
        }

        private static string Kind(JsonElement e) => e.ValueKind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            _ => "null",
        };

        private static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

        private CaseFormatException Error(string path, string problem) => new(source, path, problem);
    }
}
