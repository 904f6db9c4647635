namespace CaseTracker.Bench.Generation;

/// <summary>
/// Narratives of 30-80 words over a skewed vocabulary, so every kind of search term exists with a known
/// frequency: <see cref="Everywhere"/> in about 99 % of incidents, each of <see cref="Common"/> in about a
/// fifth, ordinary words by a Zipf-like rank, and one of <see cref="RareCount"/> invented words in about one
/// narrative in ten (so each rare word is in about 1 of 50,000 rows). A third of narratives are Russian.
/// </summary>
internal sealed class Words(Random random)
{
    public const string Everywhere = "officers";
    public static readonly string[] Common = ["detained", "searched", "threatened", "summoned", "beaten"];
    public const int RareCount = 2000;

    private static readonly string[] English =
    [
        "the", "of", "and", "to", "a", "in", "was", "his", "her", "he", "she", "by", "at", "after", "before", "home", "office",
        "police", "court", "prosecutor", "lawyer", "family", "journalist", "defender", "rally", "protest", "station", "city",
        "document", "phone", "car", "night", "morning", "interrogation", "hearing", "charges", "custody", "release", "fine",
        "article", "report", "statement", "colleagues", "neighbours", "witness", "camera", "laptop", "passport", "border",
        "travel", "ban", "visit", "letter", "complaint", "investigation", "torture", "pressure", "surveillance", "warning",
        "hospital", "injuries", "doctor", "evidence", "video", "post", "social", "media", "website", "blocked", "arrest",
        "detention", "centre", "days", "hours", "week", "month", "again", "without", "warrant", "reason", "refused", "asked",
    ];

    private static readonly string[] Russian =
    [
        "и", "в", "на", "с", "по", "его", "её", "после", "до", "дома", "офис", "полиция", "суд", "прокурор", "адвокат", "семья",
        "журналист", "правозащитник", "митинг", "протест", "отдел", "город", "документы", "телефон", "машина", "ночью",
        "утром", "допрос", "заседание", "обвинение", "задержание", "освобождение", "штраф", "статья", "заявление", "коллеги",
        "соседи", "свидетель", "камера", "паспорт", "граница", "запрет", "выезд", "письмо", "жалоба", "расследование", "пытки",
        "давление", "слежка", "предупреждение", "больница", "травмы", "врач", "доказательства", "видео", "пост", "сайт",
        "заблокирован", "арест", "сотрудники", "без", "ордера", "причины", "отказали", "снова",
    ];

    private static readonly string[] Syllables = ["ka", "ra", "bo", "lin", "ter", "mus", "vel", "dor", "qui", "zan", "pel", "tro", "ne", "sha", "gul", "mir"];

    /// <summary>The invented rare words: "kara", "kabo"... built from syllables, never a real word.</summary>
    public static string Rare(int index) =>
        Syllables[index % 16] + Syllables[index / 16 % 16] + Syllables[index / 256 % 16] + "x";

    public string Narrative()
    {
        var russian = random.Next(3) == 0;
        var pool = russian ? Russian : English;
        var count = 30 + random.Next(51);
        var words = new List<string>(count + 8);
        if (random.NextDouble() < 0.99)
        {
            words.Add(russian ? "сотрудники" : Everywhere);
        }

        foreach (var common in Common)
        {
            if (random.NextDouble() < 0.2)
            {
                words.Add(common);
            }
        }

        if (random.Next(10) == 0)
        {
            words.Add(Rare(random.Next(RareCount)));
        }

        while (words.Count < count)
        {
            // Rank by the square of a uniform number: the first words are far more frequent than the last.
            var r = random.NextDouble();
            words.Insert(random.Next(words.Count + 1), pool[(int)(r * r * pool.Length)]);
        }

        return string.Join(' ', words) + ".";
    }

    public string Title(string who)
    {
        string[] templates = ["{0} detained after a rally", "Search of {0}'s home", "{0} summoned for questioning", "Threats against {0}", "{0} beaten by unknown men", "Travel ban on {0}"];
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, templates[random.Next(templates.Length)], who);
    }
}
