package vn.cchcflow.integrity;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;
import vn.cchcflow.system.EngineSessions;

/**
 * Installs {@link OwnGroupsAuthorizationManager}: a command's authorization checks cost the same whether the
 * server holds one commune's open work or the whole country's (issue 16, "flat cost as the country grows").
 * The query it needs is added to the engine's MyBatis mappings, with the engine's table prefix. Also installs
 * {@link NewTaskAuthorizationProvider}: a new step's grants are written without first looking for them.
 */
@Component
class AuthorizedGroupsPlugin extends AbstractProcessEnginePlugin {

  static final String STATEMENT = "selectCchcAuthorizedGroupIdsAmong";

  private static final String MAPPER = """
      <?xml version="1.0" encoding="UTF-8" ?>
      <!DOCTYPE mapper PUBLIC "-//mybatis.org//DTD Mapper 3.0//EN" "http://mybatis.org/dtd/mybatis-3-mapper.dtd">
      <mapper namespace="vn.cchcflow.integrity.AuthorizedGroups">
        <select id="%s" parameterType="java.util.List" resultType="string">
          select distinct A.GROUP_ID_ from ${prefix}ACT_RU_AUTHORIZATION A where A.GROUP_ID_ in
          <foreach item="groupId" collection="list" open="(" separator="," close=")">#{groupId}</foreach>
        </select>
      </mapper>
      """.formatted(STATEMENT);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new NewTaskAuthorizationProvider());
    EngineSessions.replace(configuration, AuthorizationManager.class, OwnGroupsAuthorizationManager::new);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    if (!mybatis.hasStatement(STATEMENT)) {
      new XMLMapperBuilder(new ByteArrayInputStream(MAPPER.strip().getBytes(StandardCharsets.UTF_8)), mybatis,
          "cchc-authorized-groups.xml", mybatis.getSqlFragments()).parse();
    }
  }
}
