using ArvexLab.Graph.Extraction.Semantics;

namespace ArvexLab.Graph.Extraction.Tests.Semantics;

public sealed class TextNormalTests
{
    [Theory]
    [InlineData("Certi\uFB01cate of Registration", "certificate of registration")]
    [InlineData("Data \uFB02ows and e\uFB00ective, e\uFB03cient", "data flows and effective efficient")]
    public void Keys_of_text_with_typographic_ligatures_equal_the_keys_of_the_plain_spelling(string printed, string key)
    {
        Assert.Equal(key, TextNormal.Key(printed));
        Assert.Equal(1.0, TextNormal.Jaccard(printed, key));
    }
}
