package io.smarttriage.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A stored model: version, provenance and the serialized model as Base64 text. */
@Table("MODEL_VERSION")
public interface ModelVersionEntity extends Entity {
    @NotNull
    @Indexed
    String getScope();

    void setScope(String scope);

    long getVersion();

    void setVersion(long version);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date time);

    @StringLength(StringLength.UNLIMITED)
    String getProvenance();

    void setProvenance(String json);

    @StringLength(StringLength.UNLIMITED)
    String getData();

    void setData(String base64);
}
