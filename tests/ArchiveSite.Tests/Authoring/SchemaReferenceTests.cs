using System.Reflection;
using ArchiveSite.Authoring;
using ArchiveSite.Input;

namespace ArchiveSite.Tests.Authoring;

/// <summary>The generated reference covers what it claims to: every hard limit is in CONTRIBUTING.md's limits table.</summary>
public class SchemaReferenceTests
{
    [Fact]
    public void Every_input_limit_is_in_the_limits_table_with_its_value()
    {
        var declared = typeof(InputLimits).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (f.Name, (int)f.GetRawConstantValue()!))
            .Order();

        Assert.Equal(declared, SchemaReference.Limits.Select(l => (l.Name, l.Value)).Order());
    }
}
