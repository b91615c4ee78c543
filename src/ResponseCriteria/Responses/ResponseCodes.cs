using System;

namespace ResponseCriteria.Responses;

/// <summary>The response codes of the case file format ("CR", "iPR", "NonCR/NonPD", …) and back.</summary>
public static class ResponseCodes
{
    /// <summary>The code of a response under the given criteria: "PR" under RECIST 1.1, "iPR" under iRECIST.</summary>
    /// <param name="response">The response.</param>
    /// <param name="criteria">The criteria.</param>
    /// <returns>
    /// The code; "NE", "NED" and "n/a" are the same under both criteria. Under iRECIST, <see cref="Response.ProgressiveDisease"/>
    /// (a target or non-target component meeting RECIST 1.1 progression) is written "iUPD".
    /// </returns>
    public static string ToCode(Response response, Criteria criteria)
    {
        // Literals for both criteria (no string is made per call).
        var i = criteria == Criteria.IRecist;
        return response switch
        {
            Response.CompleteResponse => i ? "iCR" : "CR",
            Response.PartialResponse => i ? "iPR" : "PR",
            Response.StableDisease => i ? "iSD" : "SD",
            Response.NonCompleteNonProgression => i ? "iNonCR/NonPD" : "NonCR/NonPD",
            // Under iRECIST a component meeting RECIST 1.1 progression is unconfirmed progression ([S17] Table 2).
            Response.ProgressiveDisease => i ? "iUPD" : "PD",
            Response.UnconfirmedProgression => "iUPD",
            Response.ConfirmedProgression => "iCPD",
            Response.NoEvidenceOfDisease => "NED",
            Response.NotApplicable => "n/a",
            _ => "NE",
        };
    }

    /// <summary>Reads a code of the case file format. RECIST 1.1 codes (CR, PR, SD, PD, NonCR/NonPD) and iRECIST codes (iCR, …, iUPD, iCPD) are both accepted; NE and NED serve both.</summary>
    /// <param name="code">The code, compared ordinally.</param>
    /// <param name="response">The response read.</param>
    /// <param name="criteria">The criteria the code belongs to, or null for NE and NED.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryParse(string? code, out Response response, out Criteria? criteria)
    {
        criteria = null;
        response = Response.NotEvaluable;
        if (code is null)
        {
            return false;
        }

        switch (code)
        {
            case "NE": return true;
            case "NED": response = Response.NoEvidenceOfDisease; return true;
            case "iUPD": response = Response.UnconfirmedProgression; criteria = Criteria.IRecist; return true;
            case "iCPD": response = Response.ConfirmedProgression; criteria = Criteria.IRecist; return true;
            case "PD": response = Response.ProgressiveDisease; criteria = Criteria.Recist11; return true;
        }

        var isIRecist = code.StartsWith('i');
        var body = isIRecist ? code[1..] : code;
        Response? parsed = body switch
        {
            "CR" => Response.CompleteResponse,
            "PR" => Response.PartialResponse,
            "SD" => Response.StableDisease,
            "NonCR/NonPD" => Response.NonCompleteNonProgression,
            _ => null,
        };
        if (parsed is not { } value)
        {
            return false;
        }

        response = value;
        criteria = isIRecist ? Criteria.IRecist : Criteria.Recist11;
        return true;
    }

    /// <summary>The name of the criteria as the case format and the recorded data write it: "RECIST 1.1" or "iRECIST".</summary>
    /// <param name="criteria">The criteria.</param>
    public static string CriteriaName(Criteria criteria) => criteria == Criteria.IRecist ? "iRECIST" : "RECIST 1.1";

    /// <summary>Reads a criteria name: "RECIST 1.1" or "iRECIST", ignoring case and spaces ("recist1.1", "IRECIST").</summary>
    /// <param name="name">The name.</param>
    /// <param name="criteria">The criteria read.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParseCriteria(string? name, out Criteria criteria)
    {
        criteria = Criteria.Recist11;
        var key = name?.Replace(" ", string.Empty, System.StringComparison.Ordinal).ToUpperInvariant();
        switch (key)
        {
            case "RECIST1.1":
                return true;
            case "IRECIST":
                criteria = Criteria.IRecist;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The rank used for best overall response: higher is better (CR 7, PR 6, SD 5, Non-CR/Non-PD 4, NED 3, iUPD 2, PD and iCPD 1, NE 0).</summary>
    /// <param name="response">The response.</param>
    public static int Rank(Response response)
        => (uint)response < (uint)Ranks.Length ? Ranks[(int)response] : 0;

    /// <summary>The ranks by response value (NE, CR, PR, SD, Non-CR/Non-PD, PD, NED, iUPD, iCPD, not applicable): one load, no branch.</summary>
    private static ReadOnlySpan<byte> Ranks => [0, 7, 6, 5, 4, 1, 3, 2, 1, 0];

    /// <summary>Whether a response is a progression (PD, iUPD or iCPD).</summary>
    /// <param name="response">The response.</param>
    public static bool IsProgression(Response response)
        => response is Response.ProgressiveDisease or Response.UnconfirmedProgression or Response.ConfirmedProgression;

    internal static string Describe(ProgressionReasons reasons)
    {
        if (reasons == ProgressionReasons.None)
        {
            return "none";
        }

        var parts = new System.Collections.Generic.List<string>(3);
        if ((reasons & ProgressionReasons.Target) != 0)
        {
            parts.Add("target");
        }

        if ((reasons & ProgressionReasons.NonTarget) != 0)
        {
            parts.Add("non-target");
        }

        if ((reasons & ProgressionReasons.NewLesion) != 0)
        {
            parts.Add("new lesion");
        }

        return string.Join(" + ", parts);
    }
}
