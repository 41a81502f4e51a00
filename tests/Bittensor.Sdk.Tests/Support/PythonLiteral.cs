using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace Bittensor.Sdk.Tests.Support;

/// <summary>
/// Parses the small Python expressions the synapse vectors use (literals, float('inf'), a/b) into the .NET values
/// PythonStr prints: long/BigInteger, double, string, byte[], List, Dictionary, PyTuple, bool, null.
/// </summary>
internal sealed class PythonLiteral
{
    private readonly string _text;
    private int _pos;

    private PythonLiteral(string text) => _text = text;

    public static object? Parse(string text)
    {
        PythonLiteral parser = new(text);
        object? value = parser.ParseExpression();
        parser.SkipSpace();
        if (parser._pos != text.Length)
        {
            throw new FormatException($"trailing text at {parser._pos} in {text}");
        }

        return value;
    }

    private object? ParseExpression()
    {
        object? left = ParseValue();
        SkipSpace();
        if (_pos < _text.Length && _text[_pos] == '/')
        {
            _pos++;
            object? right = ParseValue();
            return ToDouble(left) / ToDouble(right);
        }

        return left;
    }

    private static double ToDouble(object? v) => v switch
    {
        long l => l,
        double d => d,
        _ => throw new FormatException("division of non-numbers"),
    };

    private object? ParseValue()
    {
        SkipSpace();
        char c = _text[_pos];
        if (Match("None"))
        {
            return null;
        }

        if (Match("True"))
        {
            return true;
        }

        if (Match("False"))
        {
            return false;
        }

        if (Match("float("))
        {
            string inner = (string)ParseValue()!;
            Expect(')');
            return double.Parse(inner.Replace("inf", "Infinity", StringComparison.Ordinal).Replace("nan", "NaN", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        }

        if (c == 'b' && (_text[_pos + 1] == '\'' || _text[_pos + 1] == '"'))
        {
            _pos++;
            string s = ParseString();
            return s.Select(ch => (byte)ch).ToArray();
        }

        if (c is '\'' or '"')
        {
            return ParseString();
        }

        if (c == '[')
        {
            _pos++;
            return ParseItems(']');
        }

        if (c == '(')
        {
            _pos++;
            return new PyTuple([.. ParseItems(')')]);
        }

        if (c == '{')
        {
            _pos++;
            Dictionary<object, object?> dict = [];
            SkipSpace();
            while (_text[_pos] != '}')
            {
                object key = ParseValue()!;
                SkipSpace();
                Expect(':');
                dict[key] = ParseValue();
                SkipSpace();
                if (_text[_pos] == ',')
                {
                    _pos++;
                    SkipSpace();
                }
            }

            _pos++;
            return dict;
        }

        return ParseNumber();
    }

    private List<object?> ParseItems(char close)
    {
        List<object?> items = [];
        SkipSpace();
        while (_text[_pos] != close)
        {
            items.Add(ParseExpression());
            SkipSpace();
            if (_text[_pos] == ',')
            {
                _pos++;
                SkipSpace();
            }
        }

        _pos++;
        return items;
    }

    private object ParseNumber()
    {
        int start = _pos;
        while (_pos < _text.Length && (char.IsAsciiDigit(_text[_pos]) || _text[_pos] is '-' or '+' or '.' or 'e' or 'E'))
        {
            _pos++;
        }

        string token = _text[start.._pos];
        if (token.IndexOfAny(['.', 'e', 'E']) >= 0)
        {
            return double.Parse(token, CultureInfo.InvariantCulture);
        }

        BigInteger big = BigInteger.Parse(token, CultureInfo.InvariantCulture);
        return big >= long.MinValue && big <= long.MaxValue ? (object)(long)big : big;
    }

    private string ParseString()
    {
        char quote = _text[_pos++];
        StringBuilder sb = new();
        while (_text[_pos] != quote)
        {
            char c = _text[_pos++];
            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }

            char e = _text[_pos++];
            switch (e)
            {
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case 'r': sb.Append('\r'); break;
                case 'x': sb.Append((char)int.Parse(_text.AsSpan(_pos, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)); _pos += 2; break;
                case 'u': sb.Append((char)int.Parse(_text.AsSpan(_pos, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)); _pos += 4; break;
                case 'U': sb.Append(char.ConvertFromUtf32(int.Parse(_text.AsSpan(_pos, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture))); _pos += 8; break;
                default: sb.Append(e); break;
            }
        }

        _pos++;
        return sb.ToString();
    }

    private bool Match(string word)
    {
        if (string.CompareOrdinal(_text, _pos, word, 0, word.Length) == 0)
        {
            _pos += word.Length;
            return true;
        }

        return false;
    }

    private void Expect(char c)
    {
        SkipSpace();
        if (_text[_pos] != c)
        {
            throw new FormatException($"expected '{c}' at {_pos} in {_text}");
        }

        _pos++;
    }

    private void SkipSpace()
    {
        while (_pos < _text.Length && _text[_pos] == ' ')
        {
            _pos++;
        }
    }
}

/// <summary>A Python tuple of any length.</summary>
internal sealed class PyTuple(object?[] items) : ITuple
{
    public int Length => items.Length;

    public object? this[int index] => items[index];
}
