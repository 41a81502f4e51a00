using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bittensor.Core.Primitives;

namespace Bittensor.Core.Metadata;

/// <summary>
/// JSON for <see cref="ScaleValue"/> trees, shaped like polkadot.js's <c>toJSON</c>/<c>toHuman</c> output: named
/// composites are objects, tuples and sequences arrays, a variant without fields is its name and otherwise
/// <c>{"Name": fields}</c>, a single positional field (newtypes, <c>Some(x)</c>) is written bare, bytes are <c>0x</c> hex, integers are
/// unquoted decimal of any size, bit sequences a string of 0/1.
/// </summary>
internal static class ScaleValueJson
{
    private const int MaxDepth = 512;

    public static string Format(ScaleValue value, bool indented)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            MaxDepth = MaxDepth,
        }))
        {
            Write(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter writer, ScaleValue value)
    {
        switch (value)
        {
            case CompositeValue c:
                // A newtype (AccountId32, H256, Cow<str>, NetUid) prints as its content, as polkadot.js does.
                WriteFields(writer, c.Fields, unwrapSingle: true);
                break;
            case VariantValue v when v.Fields.Count == 0:
                writer.WriteStringValue(v.Name);
                break;
            case VariantValue v:
                writer.WriteStartObject();
                writer.WritePropertyName(v.Name);
                WriteFields(writer, v.Fields, unwrapSingle: true);
                writer.WriteEndObject();
                break;
            case SequenceValue s:
                writer.WriteStartArray();
                foreach (ScaleValue item in s.Items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case BytesValue b:
                writer.WriteStringValue(Hex.Encode(b.Data.Span));
                break;
            case BitSequenceValue bits:
                var text = new StringBuilder(bits.Bits.Count);
                foreach (bool bit in bits.Bits)
                {
                    text.Append(bit ? '1' : '0');
                }

                writer.WriteStringValue(text.ToString());
                break;
            case PrimitiveValue p:
                WritePrimitive(writer, p);
                break;
            default:
                throw new ArgumentException($"unknown value type {value.GetType().Name}", nameof(value));
        }
    }

    private static void WriteFields(Utf8JsonWriter writer, IReadOnlyList<ScaleField> fields, bool unwrapSingle)
    {
        bool named = fields.Count > 0 && fields.All(f => f.Name is not null);
        if (named)
        {
            writer.WriteStartObject();
            foreach (ScaleField f in fields)
            {
                writer.WritePropertyName(f.Name!);
                Write(writer, f.Value);
            }

            writer.WriteEndObject();
            return;
        }

        if (unwrapSingle && fields.Count == 1)
        {
            Write(writer, fields[0].Value);
            return;
        }

        writer.WriteStartArray();
        foreach (ScaleField f in fields)
        {
            Write(writer, f.Value);
        }

        writer.WriteEndArray();
    }

    private static void WritePrimitive(Utf8JsonWriter writer, PrimitiveValue p)
    {
        switch (p.Primitive)
        {
            case PrimitiveKind.Bool:
                writer.WriteBooleanValue(p.ToBoolean());
                break;
            case PrimitiveKind.Char or PrimitiveKind.Str:
                writer.WriteStringValue(p.ToText());
                break;
            default:
                // Digits only (and a sign): valid JSON number text of any size.
                writer.WriteRawValue(p.ToDisplayString(), skipInputValidation: true);
                break;
        }
    }
}
