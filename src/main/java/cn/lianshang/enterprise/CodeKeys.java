package cn.lianshang.enterprise;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The HMAC keys of the enterprise codes. */
interface CodeKeys extends JpaRepository<EnterpriseCodeKey, Integer> {

	/** The key that signs new codes: the newest one not retired. */
	Optional<EnterpriseCodeKey> findFirstByRetiredAtIsNullOrderByIdDesc();

	List<EnterpriseCodeKey> findAllByOrderByIdDesc();

}
