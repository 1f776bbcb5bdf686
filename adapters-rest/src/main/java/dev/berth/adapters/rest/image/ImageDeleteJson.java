package dev.berth.adapters.rest.image;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.application.image.ImageDeletion;

/** One entry of {@code DELETE /images/{name}} (ImageDeleteResponseItem): exactly one field is set. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImageDeleteJson(@JsonProperty("Untagged") String untagged, @JsonProperty("Deleted") String deleted) {

    public static ImageDeleteJson from(ImageDeletion deletion) {
        return switch (deletion) {
            case ImageDeletion.Untagged u -> new ImageDeleteJson(u.reference(), null);
            case ImageDeletion.Deleted d -> new ImageDeleteJson(null, d.digest());
        };
    }
}
