using System.Linq;
using System.Reflection;
using ResponseCriteria.Recist11;
using Xunit;

namespace ResponseCriteria.Tests;

/// <summary>Every public type of the core is immutable: no public setters (init-only allowed), no public mutable fields.</summary>
public sealed class ImmutabilityTest
{
    [Fact]
    public void PublicTypes_HaveNoPublicSettersOrMutableFields()
    {
        var types = typeof(Recist11Evaluator).Assembly.GetExportedTypes().Where(t => !t.IsEnum && !t.IsInterface);
        var offenders = types.SelectMany(t =>
            t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
                .Where(p => p.SetMethod is { IsPublic: true } set && !set.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
                .Select(p => $"{t.Name}.{p.Name} has a public setter")
                .Concat(t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
                    .Where(f => !f.IsInitOnly && !f.IsLiteral)
                    .Select(f => $"{t.Name}.{f.Name} is a mutable field"))
                .Concat(t.IsClass && !t.IsAbstract && !t.IsSealed ? [$"{t.Name} is not sealed"] : []))
            .ToList();
        Assert.Empty(offenders);
    }
}
