using System.Globalization;
using System.Text;

namespace CaseTracker.Web.Pages.Search;

/// <summary>
/// A tsquery as PostgreSQL writes it out (<c>'offic':* &lt;-&gt; 'detain':* | 'officers' &lt;-&gt; 'detained'</c>), read
/// back into its operators: what <see cref="QueryFrequency"/> estimates and <see cref="WordPairs"/> narrows
/// by. Reads 'word' (quotes doubled, a backslash escaping the next character), :* and weight letters after
/// it, !, &amp;, |, &lt;-&gt; or &lt;N&gt;, and parentheses, with PostgreSQL's precedence (&lt;-&gt; before &amp; before |,
/// each from the left). Anything else is not a tsquery this reader knows: <see cref="Parse"/> gives null.
/// </summary>
public abstract record TsQueryNode
{
    public static TsQueryNode? Parse(string tsquery)
    {
        var parser = new Parser(tsquery);
        var node = parser.Or();
        return node is not null && parser.AtEnd ? node : null;
    }

    private ref struct Parser(string text)
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

        public TsQueryNode? Or()
        {
            var left = And();
            while (left is not null && Take('|'))
            {
                left = And() is { } right ? new TsOr(left, right) : null;
            }

            return left;
        }

        private TsQueryNode? And()
        {
            var left = Follows();
            while (left is not null && Take('&'))
            {
                left = Follows() is { } right ? new TsAnd(left, right) : null;
            }

            return left;
        }

        private TsQueryNode? Follows()
        {
            var left = Not();
            while (left is not null && TakeDistance() is { } distance)
            {
                left = Not() is { } right ? new TsFollows(left, right, distance) : null;
            }

            return left;
        }

        private TsQueryNode? Not()
        {
            if (Take('!'))
            {
                return Not() is { } operand ? new TsNot(operand) : null;
            }

            if (Take('('))
            {
                var inner = Or();
                return Take(')') ? inner : null;
            }

            return Word();
        }

        private TsQueryNode? Word()
        {
            SkipSpaces();
            if (!Take('\''))
            {
                return null;
            }

            var lexeme = new StringBuilder();
            while (true)
            {
                if (_at >= _text.Length)
                {
                    return null;
                }

                var c = _text[_at++];
                if (c == '\'' && _at < _text.Length && _text[_at] == '\'')
                {
                    _at++;
                }
                else if (c == '\'')
                {
                    break;
                }
                else if (c == '\\' && _at < _text.Length)
                {
                    c = _text[_at++];
                }

                lexeme.Append(c);
            }

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

            return new TsWord(lexeme.ToString(), prefix);
        }

        /// <summary>&lt;-&gt; (1) or &lt;N&gt;; null when the next thing is not a distance.</summary>
        private int? TakeDistance()
        {
            SkipSpaces();
            if (_at >= _text.Length || _text[_at] != '<')
            {
                return null;
            }

            var end = _text.IndexOf('>', _at);
            var inner = end < 0 ? "" : _text[(_at + 1)..end];
            int? distance = inner == "-" ? 1 : int.TryParse(inner, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
            if (distance is not null)
            {
                _at = end + 1;
            }

            return distance;
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

/// <summary>A lexeme, and whether it matches every lexeme it begins (:*).</summary>
public sealed record TsWord(string Lexeme, bool Prefix) : TsQueryNode;

public sealed record TsNot(TsQueryNode Operand) : TsQueryNode;

public sealed record TsAnd(TsQueryNode Left, TsQueryNode Right) : TsQueryNode;

public sealed record TsOr(TsQueryNode Left, TsQueryNode Right) : TsQueryNode;

/// <summary><see cref="Right"/> stands <see cref="Distance"/> places after <see cref="Left"/> (1: next to it).</summary>
public sealed record TsFollows(TsQueryNode Left, TsQueryNode Right, int Distance) : TsQueryNode;
