using System.Globalization;

namespace CaseTracker.Web.Pages.Search;

/// <summary>
/// How common a full-text query is in one table, estimated from PostgreSQL's own statistics of its
/// search_document column (the most common lexemes and their share of rows): <see cref="Match"/> is the
/// share of rows the query matches, <see cref="Postings"/> the share of rows the GIN index lists for its
/// words together (what a bitmap scan must read). A lexeme the statistics do not list counts as rare.
/// Parses the text form of a tsquery (anything else is taken as rare): 'word', 'stem':*, !, &amp;, |, &lt;-&gt; (or &lt;N&gt;) and parentheses.
/// </summary>
public readonly record struct QueryFrequency(double Match, double Postings)
{
    /// <summary>
    /// Whether reading rows until the candidates are found costs less than asking the index: testing a row
    /// costs about ten times what one index posting does (measured on a million incidents: 1.8 µs a row,
    /// 0.16 µs a posting). Words are taken as independent, which can overrate how often two stand in one
    /// row several times over (two words in a third of a million cases each were together in 4 % of
    /// them, not 11 %), so the scan must look eight times cheaper. A phrase of common words found nowhere
    /// has every row read by the scan, but the index is no help there either: it lists every row with
    /// the words and each must be read to check their places (1.1 s on a million incidents either way).
    /// </summary>
    public bool ScanIsCheaper(double rows, int candidates) =>
        Match > 0 && candidates / Match * 8 < rows * Postings / 10;

    public static QueryFrequency Estimate(string tsquery, Func<string, bool, double> lexemeShare)
    {
        var parser = new Parser(tsquery, lexemeShare);
        var estimate = parser.Or();
        return parser.AtEnd ? estimate : Unknown;
    }

    /// <summary>A form this parser does not know: rare, so the index is asked.</summary>
    private static readonly QueryFrequency Unknown = new(0, 0);

    private ref struct Parser(string text, Func<string, bool, double> lexemeShare)
    {
        private readonly string _text = text;
        private int _at;

        public bool AtEnd
        {
            get
            {
                SkipSpaces();
                return _at >= _text.Length;
            }
        }

        public QueryFrequency Or()
        {
            var left = And();
            while (Take('|'))
            {
                var right = And();
                left = new(Math.Min(1, left.Match + right.Match - (left.Match * right.Match)), left.Postings + right.Postings);
            }

            return left;
        }

        private QueryFrequency And()
        {
            var left = Follows();
            while (Take('&'))
            {
                var right = Follows();
                left = new(left.Match * right.Match, left.Postings + right.Postings);
            }

            return left;
        }

        private QueryFrequency Follows()
        {
            var left = Not();
            while (TakeDistance())
            {
                var right = Not();
                // Next to each other in a quarter of the rows that hold both: a guess, erring towards the index.
                left = new(left.Match * right.Match / 4, left.Postings + right.Postings);
            }

            return left;
        }

        private QueryFrequency Not()
        {
            if (Take('!'))
            {
                var operand = Not();
                return operand with { Match = 1 - operand.Match };
            }

            if (Take('('))
            {
                var inner = Or();
                Take(')');
                return inner;
            }

            return Lexeme();
        }

        private QueryFrequency Lexeme()
        {
            SkipSpaces();
            if (!Take('\''))
            {
                _at = _text.Length;
                return Unknown;
            }

            var word = new System.Text.StringBuilder();
            while (_at < _text.Length)
            {
                if (_text[_at] == '\'' && (_at + 1 >= _text.Length || _text[_at + 1] != '\''))
                {
                    break;
                }

                if (_text[_at] == '\'')
                {
                    _at++;
                }

                word.Append(_text[_at++]);
            }

            _at++;
            var prefix = false;
            if (_at < _text.Length && _text[_at] == ':')
            {
                _at++;
                while (_at < _text.Length && (_text[_at] == '*' || char.IsAsciiLetterUpper(_text[_at])))
                {
                    prefix |= _text[_at] == '*';
                    _at++;
                }
            }

            var share = Math.Clamp(lexemeShare(word.ToString(), prefix), 0, 1);
            return new(share, share);
        }

        private bool TakeDistance()
        {
            SkipSpaces();
            if (_at >= _text.Length || _text[_at] != '<')
            {
                return false;
            }

            var end = _text.IndexOf('>', _at);
            var inner = end < 0 ? "" : _text[(_at + 1)..end];
            if (inner != "-" && !int.TryParse(inner, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                return false;
            }

            _at = end + 1;
            return true;
        }

        private bool Take(char symbol)
        {
            SkipSpaces();
            if (_at < _text.Length && _text[_at] == symbol)
            {
                _at++;
                return true;
            }

            return false;
        }

        private void SkipSpaces()
        {
            while (_at < _text.Length && _text[_at] == ' ')
            {
                _at++;
            }
        }
    }
}
