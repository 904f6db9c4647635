using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CaseTracker.Web.Data;

/// <summary>
/// Names every table, column, key, index and constraint in snake_case, so hand-written SQL (search,
/// statistics, psql sessions) needs no quoting. EFCore.NamingConventions does this elsewhere but has no
/// EF 10 build in the registry here; see docs/adr/0009.
/// </summary>
internal static class SnakeCaseNames
{
    public static void Apply(IMutableModel model)
    {
        foreach (var entity in model.GetEntityTypes())
        {
            if (entity.GetTableName() is { } table)
            {
                entity.SetTableName(Convert(table));
            }

            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(Convert(property.GetColumnName()));
            }

            foreach (var complex in entity.GetComplexProperties())
            {
                // The prefix is not applied yet at this point: name the column <complex>_<property> here.
                foreach (var property in complex.ComplexType.GetProperties())
                {
                    property.SetColumnName(Convert(complex.Name) + "_" + Convert(property.Name));
                }
            }

            foreach (var key in entity.GetKeys())
            {
                key.SetName(Convert(key.GetName()!));
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName(Convert(foreignKey.GetConstraintName()!));
            }

            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName(Convert(index.GetDatabaseName()!));
            }
        }
    }

    public static string Convert(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previous = i > 0 ? name[i - 1] : '_';
                var next = i + 1 < name.Length ? name[i + 1] : '_';
                if (previous != '_' && (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && char.IsLower(next))))
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
