using System.Text;
using Bittensor.Sdk.Internal;

namespace Bittensor.Sdk.Synapses;

/// <summary>
/// Collects a synapse's required hash fields in order and computes bittensor's body hash:
/// <c>sha3_256_hex(concat(sha3_256_hex(str(field)) for field in required_hash_fields))</c>
/// (bittensor/core/synapse.py <c>Synapse.body_hash</c>).
/// </summary>
public sealed class BodyHashBuilder
{
    private readonly StringBuilder _hashes = new();
    private readonly List<string> _names = [];

    /// <summary>The field names added so far, in order (upstream <c>required_hash_fields</c>).</summary>
    public IReadOnlyList<string> FieldNames => _names;

    /// <summary>Adds one field; its value is printed with Python <c>str()</c> (<see cref="PythonStr.Str"/>).</summary>
    public BodyHashBuilder Add(string fieldName, object? value)
    {
        ArgumentNullException.ThrowIfNull(fieldName);
        _names.Add(fieldName);
        _hashes.Append(Sha3.HexOfUtf8(PythonStr.Str(value)));
        return this;
    }

    /// <summary>The hex body hash; with no fields it is sha3_256("") = a7ffc6f8…8434a.</summary>
    public string Compute() => Sha3.HexOfUtf8(_hashes.ToString());

    /// <summary>The body hash of already-printed field strings (each is hashed as UTF-8, then the hex digests are concatenated and hashed).</summary>
    public static string FromFieldStrings(IEnumerable<string> fieldStrings)
    {
        ArgumentNullException.ThrowIfNull(fieldStrings);
        StringBuilder hashes = new();
        foreach (string field in fieldStrings)
        {
            hashes.Append(Sha3.HexOfUtf8(field));
        }

        return Sha3.HexOfUtf8(hashes.ToString());
    }
}
