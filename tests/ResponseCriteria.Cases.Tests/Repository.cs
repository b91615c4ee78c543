using System.IO;

namespace ResponseCriteria.Cases.Tests;

/// <summary>Locates the repository root (the folder holding ResponseCriteria.sln) from the test's output folder.</summary>
internal static class Repository
{
    internal static string Root { get; } = Find();

    /// <summary>The test data inside the repository (<c>tests/data</c>: conformance cases and pharmaverse SDTM files; see its README).</summary>
    internal static string Data => Path.Combine(Root, "tests", "data");

    private static string Find()
    {
        var dir = new DirectoryInfo(System.AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ResponseCriteria.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("ResponseCriteria.sln not found above " + System.AppContext.BaseDirectory);
    }
}
