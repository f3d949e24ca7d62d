package io.smarttriage.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.smarttriage.governance.ModelArchive;
import io.smarttriage.governance.StoredModel;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import net.java.ao.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trained models in Active Objects, as Base64 text with their provenance. Versions increase per
 * scope; callers serialize saves (the training job runs under a cluster lock). A save deletes the
 * scope's versions older than the newest {@value ModelArchive#KEPT_VERSIONS}; if that fails, the
 * new version stays stored and the next save deletes them.
 */
public class AoModelArchive implements ModelArchive {
    private static final Logger log = LoggerFactory.getLogger(AoModelArchive.class);

    private final ActiveObjects ao;

    /** Creates an archive on the app's Active Objects. */
    public AoModelArchive(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public long save(StoredModel model) {
        long version = latestVersion(model.scope()).orElse(0L) + 1;
        ao.create(
                ModelVersionEntity.class,
                Map.of(
                        "SCOPE", Columns.text("SCOPE", model.scope()),
                        "VERSION", version,
                        "CREATED_AT", Columns.date(model.created()),
                        "PROVENANCE", model.provenance(),
                        "DATA", Base64.getEncoder().encodeToString(model.bytes())));
        pruneBefore(model.scope(), version - KEPT_VERSIONS + 1);
        return version;
    }

    private void pruneBefore(String scope, long oldestKept) {
        try {
            int deleted =
                    ao.deleteWithSQL(
                            ModelVersionEntity.class,
                            "SCOPE = ? AND VERSION < ?",
                            scope,
                            oldestKept);
            if (deleted > 0) {
                log.info(
                        "Model scope {}: deleted {} versions older than {}",
                        scope,
                        deleted,
                        oldestKept);
            }
        } catch (RuntimeException e) {
            log.warn(
                    "Model scope {}: old versions not deleted; retried on the next save", scope, e);
        }
    }

    @Override
    public OptionalLong latestVersion(String scope) {
        return newest(Query.select("ID, SCOPE, VERSION"), scope)
                .map(row -> OptionalLong.of(row.getVersion()))
                .orElse(OptionalLong.empty());
    }

    @Override
    public Optional<StoredModel> latest(String scope) {
        return newest(Query.select(), scope)
                .map(
                        row ->
                                new StoredModel(
                                        row.getVersion(),
                                        row.getScope(),
                                        Columns.instant(row.getCreatedAt()),
                                        row.getProvenance(),
                                        Base64.getDecoder().decode(row.getData())));
    }

    private Optional<ModelVersionEntity> newest(Query select, String scope) {
        Query query = select.where("SCOPE = ?", scope).order("VERSION DESC").limit(1);
        ModelVersionEntity[] rows = ao.find(ModelVersionEntity.class, query);
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }
}
