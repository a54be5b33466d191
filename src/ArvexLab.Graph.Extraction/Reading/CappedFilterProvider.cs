using System.IO.Compression;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace ArvexLab.Graph.Extraction.Reading;

/// <summary>
/// PdfPig's filters, except that Flate output is capped: a small compressed stream that inflates
/// to gigabytes (a "Flate bomb") fails fast instead of exhausting memory.
/// </summary>
internal sealed class CappedFilterProvider(int maxDecodedBytes) : BaseFilterProvider(Filters(maxDecodedBytes))
{
    private static Dictionary<string, IFilter> Filters(int cap)
    {
        var flate = new CappedFlateFilter(cap);
        var ascii85 = new Ascii85Filter();
        var hex = new AsciiHexDecodeFilter();
        var ccitt = new CcittFaxDecodeFilter();
        var dct = new DctDecodeFilter();
        var lzw = new LzwFilter();
        var runLength = new RunLengthFilter();
        return new Dictionary<string, IFilter>
        {
            [NameToken.FlateDecode.Data] = flate,
            [NameToken.FlateDecodeAbbreviation.Data] = flate,
            [NameToken.Ascii85Decode.Data] = ascii85,
            [NameToken.Ascii85DecodeAbbreviation.Data] = ascii85,
            [NameToken.AsciiHexDecode.Data] = hex,
            [NameToken.AsciiHexDecodeAbbreviation.Data] = hex,
            [NameToken.CcittfaxDecode.Data] = ccitt,
            [NameToken.CcittfaxDecodeAbbreviation.Data] = ccitt,
            [NameToken.DctDecode.Data] = dct,
            [NameToken.DctDecodeAbbreviation.Data] = dct,
            [NameToken.Jbig2Decode.Data] = new Jbig2DecodeFilter(),
            [NameToken.JpxDecode.Data] = new JpxDecodeFilter(),
            [NameToken.LzwDecode.Data] = lzw,
            [NameToken.LzwDecodeAbbreviation.Data] = lzw,
            [NameToken.RunLengthDecode.Data] = runLength,
            [NameToken.RunLengthDecodeAbbreviation.Data] = runLength,
        };
    }

    private sealed class CappedFlateFilter(int cap) : IFilter
    {
        private readonly FlateFilter inner = new();

        public bool IsSupported => true;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            byte[] inflated;
            try
            {
                inflated = Inflate(input);
            }
            catch (InvalidDataException)
            {
                // Damaged data: PdfPig's own filter is more lenient; its output is checked as well.
                var lenient = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
                return lenient.Length > cap ? throw new InvalidDataException("Decoded stream exceeds the size limit.") : lenient;
            }

            // Predictors (PNG/TIFF rows) are PdfPig's business; the size is known to be safe now.
            return HasPredictor(streamDictionary)
                ? inner.Decode(input, streamDictionary, filterProvider, filterIndex)
                : inflated;
        }

        private byte[] Inflate(Memory<byte> input)
        {
            using var source = new MemoryStream(input.ToArray(), writable: false);
            using var zlib = new ZLibStream(source, CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = zlib.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + read > cap)
                {
                    throw new InvalidOperationException($"A decoded stream exceeds the {cap} byte limit.");
                }

                output.Write(buffer, 0, read);
            }

            return output.ToArray();
        }

        private static bool HasPredictor(DictionaryToken dictionary)
        {
            var parms = dictionary.TryGet(NameToken.DecodeParms, out var token) ? token : null;
            if (parms is ArrayToken array)
            {
                parms = array.Data.OfType<DictionaryToken>().FirstOrDefault();
            }

            return parms is DictionaryToken d && d.TryGet(NameToken.Predictor, out var p) && p is NumericToken n && n.Int > 1;
        }
    }
}
