package cn.lianshang.marketplace;

import org.springframework.data.jpa.repository.JpaRepository;

interface Offers extends JpaRepository<Offer, Long> {

}
