namespace ResponseCriteria.Responses;

/// <summary>The response criteria a series is read with.</summary>
public enum Criteria
{
    /// <summary>RECIST 1.1 (Eisenhauer 2009).</summary>
    Recist11 = 0,

    /// <summary>iRECIST (Seymour 2017).</summary>
    IRecist = 1,
}
