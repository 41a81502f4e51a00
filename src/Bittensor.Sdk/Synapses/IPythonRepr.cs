using System.Text;

namespace Bittensor.Sdk.Synapses;

/// <summary>
/// A value that prints itself as CPython would: a nested pydantic model in a hashed field is dumped to a dict, so
/// an implementation usually appends <c>{'field': repr(value), …}</c> in field declaration order
/// (see <see cref="PythonStr.AppendStringRepr"/> and <see cref="PythonStr.AppendRepr"/>).
/// </summary>
public interface IPythonRepr
{
    /// <summary>Appends Python <c>repr(self)</c>.</summary>
    void AppendPythonRepr(StringBuilder builder);
}
