using Bogus;

namespace CaseTracker.Bench.Generation;

/// <summary>
/// People's names as a Central Asian report would give them: written in Latin letters, with another
/// transliteration among their other names, and for a third of them the Cyrillic original too.
/// </summary>
internal sealed class Names(int seed)
{
    private static readonly Dictionary<char, string> Latin = new()
    {
        ['а'] = "a",
        ['б'] = "b",
        ['в'] = "v",
        ['г'] = "g",
        ['д'] = "d",
        ['е'] = "e",
        ['ё'] = "yo",
        ['ж'] = "zh",
        ['з'] = "z",
        ['и'] = "i",
        ['й'] = "y",
        ['к'] = "k",
        ['л'] = "l",
        ['м'] = "m",
        ['н'] = "n",
        ['о'] = "o",
        ['п'] = "p",
        ['р'] = "r",
        ['с'] = "s",
        ['т'] = "t",
        ['у'] = "u",
        ['ф'] = "f",
        ['х'] = "kh",
        ['ц'] = "ts",
        ['ч'] = "ch",
        ['ш'] = "sh",
        ['щ'] = "shch",
        ['ъ'] = "",
        ['ы'] = "y",
        ['ь'] = "",
        ['э'] = "e",
        ['ю'] = "yu",
        ['я'] = "ya",
    };

    private readonly Faker _faker = new("ru") { Random = new Randomizer(seed) };

    /// <summary>The name, its other names, and whether the Cyrillic form is among them.</summary>
    public (string Name, string[] OtherNames) Next(int index)
    {
        var cyrillic = $"{_faker.Name.FirstName()} {_faker.Name.LastName()}";
        var name = Transliterate(cyrillic, strict: true);
        var other = Transliterate(cyrillic, strict: false);
        // Where both transliterations agree, the other name is the surname-first form lists often use.
        if (other == name)
        {
            var parts = name.Split(' ', 2);
            other = $"{parts[^1]} {parts[0]}";
        }

        return index % 3 == 0 ? (name, [other, cyrillic]) : (name, [other]);
    }

    /// <summary>Strict is the passport style (kh, iy); loose is how a newspaper might write it (h, i).</summary>
    private static string Transliterate(string cyrillic, bool strict)
    {
        var builder = new System.Text.StringBuilder(cyrillic.Length + 4);
        foreach (var c in cyrillic)
        {
            var lower = char.ToLowerInvariant(c);
            if (!Latin.TryGetValue(lower, out var latin))
            {
                builder.Append(c);
                continue;
            }

            latin = strict ? latin : latin switch { "kh" => "h", "y" => "i", "yu" => "iu", "ya" => "ia", _ => latin };
            builder.Append(char.IsUpper(c) && latin.Length > 0 ? char.ToUpperInvariant(latin[0]) + latin[1..] : latin);
        }

        return builder.ToString();
    }
}
